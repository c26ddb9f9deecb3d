import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

// Built once: making the syntax extensions cost more than parsing a short body (the portal parses 50,000).
const MDX = { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };
const MARKDOWN = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

const LESS_THAN = 'write \\< for a less-than sign in text';

/** A fix for each way micromark's MDX parser fails, found by words of its reason; each reads back as valid MDX. */
const FIXES: [string, string][] = [
  ['Expected a closing tag for', 'end the component with "/>", like <Figure of="…" />'],
  ['expected corresponding closing tag', 'end the component with "/>", like <Figure of="…" />'],
  ['closing brace', 'write \\{ for a brace in text; component values are quoted, like of="…"'],
  ['closing quote', 'close the quote, like of="…"'],
  ['before attribute value', 'quote the value, like of="…"'],
  ['before name', LESS_THAN],
  ['in attribute name', `${LESS_THAN}, or end the component with "/>"`],
  ['in tag', `${LESS_THAN}, or end the component with "/>"`],
  ['closing slash', LESS_THAN],
  ['lazy line', 'start every line of the block quote with "> " (or indent every line of the list item)'],
  ['acorn', 'remove the line: content MDX cannot import or export code'],
];

const SPAN = / \((\d+):(\d+)-\d+:\d+\)$/;

interface Point {
  line: number;
  column: number;
}

/** What micromark and mdast-util-mdx-jsx throw (a VFileMessage). */
interface ParseError {
  reason?: string;
  ruleId?: string;
  place?: Point | { start: Point } | undefined;
}

/**
 * Where the author must look. A tag left open has no `place`, only its span in the reason. The
 * end of the file inside `{…}` is reported at the end; the cause is the last opening brace.
 */
function causeOf(error: ParseError, body: string): Point | undefined {
  if (error.ruleId === 'unexpected-eof') {
    const reason = error.reason ?? '';
    const opener = reason.includes('in expression') ? '{' : reason.includes('attribute value') ? (reason.includes("`'`") ? "'" : '"') : '<';
    const at = body.lastIndexOf(opener);
    if (at !== -1) {
      const before = body.slice(0, at);
      return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
    }
  }
  const place = error.place;
  if (place && 'start' in place) return place.start;
  if (place) return place;
  // mdast-util-mdx-jsx names the opening tag's span only in the text: "… for `<Figure>` (3:1-3:16)".
  const span = SPAN.exec(error.reason ?? '');
  return span ? { line: Number(span[1]), column: Number(span[2]) } : undefined;
}

export type ParseResult = { ok: true; tree: Root } | { ok: false; line: number; column: number; message: string };

/**
 * Parses a content body to a syntax tree without compiling it: MDX content is never turned into
 * JavaScript, so a pull request cannot run code in the build. `.md` bodies get no JSX at all.
 */
export function parseBody(body: string, { mdx = true } = {}): ParseResult {
  try {
    const tree = fromMarkdown(body, mdx ? MDX : MARKDOWN);
    return { ok: true, tree };
  } catch (error) {
    const point = causeOf(error as ParseError, body);
    // The span in the reason counts from the body's first line; the diagnostic has the file's.
    const reason = ((error as ParseError).reason ?? (error instanceof Error ? error.message : String(error))).replace(SPAN, '');
    const fix = FIXES.find(([words]) => reason.includes(words))?.[1];
    return { ok: false, line: point?.line ?? 1, column: point?.column ?? 1, message: `Unexpected MDX syntax: ${reason}${fix ? `: ${fix}` : ''}` };
  }
}
