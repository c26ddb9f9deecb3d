import matter from 'gray-matter';
import { parseYaml, YamlSyntaxError } from './yaml.ts';

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
export class SourceError extends Error {
  readonly code: string;
  readonly line: number;
  readonly column: number;
  constructor(code: string, message: string, line = 1, column = 1) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

function refuseEngine(language: string) {
  return () => {
    throw new SourceError(
      'unsafe-frontmatter',
      `Unexpected "---${language}" frontmatter, expected YAML between "---" lines (other engines are disabled so a file can never run code)`,
    );
  };
}

/**
 * gray-matter evaluates `---js` frontmatter with eval by default (CVE-2022-25863); every engine but
 * our YAML one is replaced by a refusal so a content file can never run code.
 */
const engines = {
  yaml: (text: string) => parseYaml(text) as object,
  js: refuseEngine('js'),
  javascript: refuseEngine('javascript'),
  json: refuseEngine('json'),
  coffee: refuseEngine('coffee'),
  coffeescript: refuseEngine('coffeescript'),
  toml: refuseEngine('toml'),
};

const KNOWN_LANGUAGE = /^---([A-Za-z]*)[ \t]*\r?\n/;

/** Decode bytes as UTF-8 text; refuses binary files instead of guessing. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new SourceError('binary-file', 'Unexpected binary content, expected a UTF-8 text file');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError('binary-file', 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file');
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
    throw new SourceError('empty-file', 'Unexpected empty file, expected YAML frontmatter between "---" lines');
  }
  const opening = KNOWN_LANGUAGE.exec(text);
  if (!opening) {
    throw new SourceError('missing-frontmatter', 'Unexpected content on line 1, expected the file to start with "---" and YAML frontmatter');
  }
  const language = opening[1] ?? '';
  if (language !== '' && language !== 'yaml') refuseEngine(language)();
  const closing = text.indexOf('\n---', opening[0].length - 1);
  if (closing === -1) {
    throw new SourceError('missing-frontmatter', 'Unexpected end of file, expected a closing "---" line after the frontmatter');
  }
  let file: { data: unknown; content: string; matter: string };
  try {
    file = matter(text, { engines, language: 'yaml' }) as unknown as typeof file;
  } catch (error) {
    throw asSourceError(error, 1);
  }
  const yamlText = text.slice(opening[0].length, closing + 1);
  const bodyLine = countLines(text, closing + 4) + 1;
  return { data: file.data, body: file.content, yaml: yamlText, yamlLine: 2, bodyLine };
}

/** Parse a whole-file YAML document (the organisation file). */
export function parseYamlSource(raw: string): Source {
  const text = normalise(raw);
  if (text.trim() === '') {
    throw new SourceError('empty-file', 'Unexpected empty file, expected YAML');
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
    return new SourceError('yaml-syntax', `Invalid YAML: ${error.message}`, error.line + firstLine, error.column + 1);
  }
  throw error;
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
