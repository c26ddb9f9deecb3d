import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Markdown the bot may post although a pull request influenced it (people's and units' names, file
 * names, diagnostic messages): no HTML, no images, no links, no mentions, no control characters.
 * Code spans are kept as they are: GitHub renders their content literally. Links to this repository
 * stay possible through `#123` references and commit ids, which GitHub resolves itself.
 */

/** The one HTML tag our own reports use, for line breaks inside table cells. */
const LINE_BREAK = '<br>';

/** Control characters (except tab) as their visible Unicode pictures, e.g. CR as ␍. */
const controlPicture = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x7f ? '\u2421' : code < 0x20 ? String.fromCodePoint(0x2400 + code) : '\ufffd';
};

/**
 * What GitHub would turn into a link by itself: a URL (scheme or `www.`) or an e-mail address. An
 * address starts only where a run of its characters starts (the lookbehind): tried at every letter
 * of a long word, the search was quadratic (40,000 letters: 7 s).
 */
const URL_LIKE = /((?:\b(?:https?|ftp|mailto|file|javascript|data):|\bwww\.)\S*|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+)/i;

/** Plain text (outside code spans): markup is escaped, URLs shown as code, mentions as code. */
function sanitizeProse(text: string): string {
  return (
    text
      // No raw HTML (and so no <img>, <a>, <details> or comments that hide text).
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // No Markdown links or images: the brackets are shown as written.
      .replace(/[[\]]/g, (bracket) => `\\${bracket}`)
      // No mentions of people or teams (@login, @org/team): shown as code, nobody is notified.
      .replace(/(^|[^\w`])@([A-Za-z0-9][\w-]*(?:\/[\w-]+)?)/g, (_, before: string, login: string) => `${before}\`@${login}\``)
  );
}

function sanitizeText(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((part) =>
      part
        .split(URL_LIKE)
        .map((piece, index) => (index % 2 === 1 ? `\`${piece.replace(/`/g, "'")}\`` : sanitizeProse(piece)))
        .join(''),
    )
    .join(LINE_BREAK);
}

/** Sanitises one line: code spans are literal in GitHub's Markdown and pass unchanged. */
function sanitizeLine(line: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const clean = line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, controlPicture);
  let out = '';
  let rest = clean;
  for (let span = /`[^`]*`/.exec(rest); span; span = /`[^`]*`/.exec(rest)) {
    out += sanitizeText(rest.slice(0, span.index)) + span[0];
    rest = rest.slice(span.index + span[0].length);
  }
  // An unmatched backtick is shown as written rather than opening a span across lines.
  return out + sanitizeText(rest.replace(/`/g, '\\`'));
}

/** PR-influenced Markdown made safe to post as the bot. */
export function sanitizeMarkdown(text: string): string {
  return text.replace(/\r\n/g, '\n').split('\n').map(sanitizeLine).join('\n');
}

/** GitHub's limit for an issue comment and a check run's summary is 65,536 characters. */
export const COMMENT_LIMIT = 65_000;

/** The bot's comment on a pull request: a hidden marker (to update it in place), then the sanitised parts. */
export function commentBody(marker: string, parts: readonly string[], limit = COMMENT_LIMIT): string {
  const body = parts.map(sanitizeMarkdown).join('\n\n');
  const cut = body.length > limit ? `${body.slice(0, body.lastIndexOf('\n', limit))}\n\n… (shortened; the run's log has everything)` : body;
  return `<!-- ${marker} -->\n${cut}`;
}

// In comment.yml and queue.yml: `node scripts/ci/markdown-safe.ts OUT MARKER IN...` writes the sanitised comment.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, marker, ...inputs] = process.argv.slice(2);
  if (!out || !marker || inputs.length === 0) {
    process.stderr.write('Usage: node scripts/ci/markdown-safe.ts OUT MARKER IN...\n');
    process.exitCode = 2;
  } else writeFileSync(out, commentBody(marker, inputs.map((file) => readFileSync(file, 'utf8'))));
}
