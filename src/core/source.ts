import type { ReadingCode } from './reading-codes.ts';
import { parseYaml, YamlSyntaxError } from './yaml.ts';
import { PlanbookError } from './errors.ts';
import type { Text } from './messages.ts';
import { say } from './reading-messages.ts';

/** A content file split into frontmatter data and body, with what is needed to locate values later. */
export interface Source {
  /** The frontmatter (or whole-file YAML) as plain data. */
  data: unknown;
  /** The Markdown/MDX body after the closing `---`; empty for YAML files. */
  body: string;
  /** The YAML text exactly as written (BOM and CRLF normalised). */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

/** A problem that makes a file unreadable as a plan document. */
export class SourceError extends PlanbookError {
  readonly exitCode = 1;
  readonly code: ReadingCode;
  readonly line: number;
  readonly column: number;
  constructor(code: ReadingCode, message: Text, line = 1, column = 1) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

/**
 * gray-matter would dispatch `---js` / `---javascript` frontmatter to an engine that evaluates it
 * (CVE-2022-25863). We split the frontmatter ourselves and only ever hand YAML to the YAML parser,
 * so there is no engine that could run code; any other language is refused with a clear message.
 * (Splitting ourselves is also what keeps `plan check` within 2× of the gray-matter parse floor.)
 */
function unsafeLanguage(language: string): SourceError {
  return new SourceError(
    'unsafe-frontmatter',
    say('source.unsafe-language', { language }),
  );
}

const OPENING = /^---([A-Za-z]*)[ \t]*\n/;
const CLOSING = /\n---[ \t]*(?:\n|$)/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as UTF-8 text; refuses binary files instead of guessing. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new SourceError('binary-file', say('source.binary'));
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new SourceError('binary-file', say('source.not-utf8'));
  }
}

/** Normalise what editors add: a byte-order mark and Windows line endings. */
function normalise(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** Parse a `.md`/`.mdx` file with YAML frontmatter. */
export function parseDocumentSource(raw: string): Source {
  const text = normalise(raw);
  if (text.trim() === '') {
    throw new SourceError('empty-file', say('source.empty-document'));
  }
  const opening = OPENING.exec(text);
  if (!opening) {
    throw new SourceError('missing-frontmatter', say('source.no-opening'));
  }
  const language = opening[1] ?? '';
  if (language !== '' && language !== 'yaml') throw unsafeLanguage(language);
  CLOSING.lastIndex = opening[0].length - 1;
  const closingMatch = CLOSING.exec(text);
  if (!closingMatch) {
    throw new SourceError('missing-frontmatter', say('source.no-closing'));
  }
  const closing = closingMatch.index;
  const yamlText = text.slice(opening[0].length, closing + 1);
  let data: unknown;
  try {
    data = yamlText.trim() === '' ? {} : parseYaml(yamlText);
  } catch (error) {
    throw asSourceError(error, 2);
  }
  const body = text.slice(closing + closingMatch[0].length);
  const bodyLine = countLines(text, closing + 4) + 1;
  return { data, body, yaml: yamlText, yamlLine: 2, bodyLine };
}

/** Parse a whole-file YAML document (the organisation file). */
export function parseYamlSource(raw: string): Source {
  const text = normalise(raw);
  if (text.trim() === '') {
    throw new SourceError('empty-file', say('source.empty-yaml'));
  }
  try {
    return { data: parseYaml(text), body: '', yaml: text, yamlLine: 1, bodyLine: 1 };
  } catch (error) {
    throw asSourceError(error, 1);
  }
}

function asSourceError(error: unknown, firstLine: number): SourceError {
  if (error instanceof SourceError) return error;
  if (error instanceof YamlSyntaxError) {
    const message = error.validYaml ? error.text : say('source.invalid-yaml', { reason: error.text });
    return new SourceError('yaml-syntax', message, error.line + firstLine, error.column + 1);
  }
  throw error;
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
