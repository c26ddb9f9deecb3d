import yaml from 'js-yaml';
import { PlanbookError } from './errors.ts';
import { verbatim, type Text } from './messages.ts';
import { say } from './reading-messages.ts';
import { firstTag } from './yaml-tags.ts';
import { parseMoney } from './money.ts';

/**
 * The one YAML interpretation used by `plan check` and the portal: YAML 1.2 core schema.
 * Dates stay strings, `yes`/`NO` stay strings, numbers stay their source text (NumberText), duplicate
 * keys are errors.
 * js-yaml 4's core schema is used for speed (several times faster than the `yaml` package);
 * the `yaml` package's CST is used only to locate values when a file has a diagnostic.
 */

/** js-yaml 4 exports its built-in types at runtime; @types/js-yaml does not declare them. */
const { types } = yaml as unknown as { types: Record<'int' | 'null' | 'bool' | 'float', yaml.Type> };

/**
 * A plain scalar YAML would read as a number, kept as the text the author wrote. Amounts are parsed
 * from `text` (YAML would turn `1.7971E+04` into a float and `0x1F4C` into 8012 without a word);
 * counts, months and years read `value` only when `text` is plain decimal (src/schemas/common.ts).
 */
export class NumberText {
  /** The scalar exactly as written, e.g. `0x1F4C`, `1.2e3`, `.inf`, `120`. */
  readonly text: string;
  /** YAML 1.2 core's reading; integers beyond 2^53 are BigInt instead of being rounded. */
  readonly value: number | bigint;
  constructor(text: string, value: number | bigint) {
    this.text = text;
    this.value = value;
  }

  /** Mapping keys are strings: a key `2026:` stays "2026". */
  toString(): string {
    return this.text;
  }

  // js-yaml stringifies a key object only when its class is not plain Object.
  get [Symbol.toStringTag](): string {
    return 'NumberText';
  }
}

function exactInt(data: string): number | bigint {
  const value = types.int.construct(data) as number;
  if (Number.isSafeInteger(value)) return value;
  const decimal = data.replace(/^\+/, '');
  return /^-?\d+$/.test(decimal) ? BigInt(decimal) : value;
}

const asText = (tag: string, base: yaml.Type, read: (data: string) => number | bigint) =>
  new yaml.Type(tag, {
    kind: 'scalar',
    resolve: (data: string) => base.resolve(data),
    construct: (data: string) => new NumberText(data, read(data)),
    instanceOf: NumberText,
    represent: (object: object) => (object as NumberText).text,
  });

/** The implicit types of a plain scalar, tried in this order (js-yaml's order for the schema). */
const IMPLICIT = [types.null, types.bool, asText('tag:yaml.org,2002:int', types.int, exactInt), asText('tag:yaml.org,2002:float', types.float, (data) => types.float.construct(data) as number)];

const schema = yaml.FAILSAFE_SCHEMA.extend({ implicit: IMPLICIT });

/**
 * Write a value as YAML that parseYaml reads back to the same value: a NumberText is written as its
 * text, unquoted; a string is quoted only when this schema would read it as something else
 * (`"true"`, `"120"`), so `2026-11-30` and `12.5万` stay plain. Block style, no line folding.
 */
export function dumpYaml(value: unknown): string {
  return yaml.dump(value, { schema, lineWidth: -1, noRefs: true, noCompatMode: true });
}

export class YamlSyntaxError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'yaml-syntax';
  /** 0-based line and column inside the YAML text. */
  readonly line: number;
  readonly column: number;
  /** True when the text is valid YAML using what the content format leaves out (a tag): the message is not about syntax. */
  readonly validYaml: boolean;
  constructor(message: Text, line: number, column: number, validYaml = false) {
    super(message);
    this.line = line;
    this.column = column;
    this.validYaml = validYaml;
  }
}

/** Parse YAML text with the project's interpretation; throws YamlSyntaxError, also for a tag (`!!float 1`). */
export function parseYaml(text: string): unknown {
  const simple = parseSimpleYaml(text);
  if (simple !== undefined) return simple;
  let data: unknown;
  try {
    data = yaml.load(text, { schema, json: false });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      if (error.reason.startsWith('unknown tag')) refuseTag(text);
      return failWith(error, text);
    }
    throw error;
  }
  // Only a text with a "!" can hold a tag (the simple subset has none): the happy path pays one scan.
  if (text.includes('!')) refuseTag(text);
  return data;
}

/**
 * Throws for the first tag in `text`, naming the field, the value and the tag: a tag would re-type a
 * value past the content format's rules (`!!float 1` for a month, `!!str 3500` for an amount).
 */
function refuseTag(text: string): void {
  const found = firstTag(text);
  if (found === undefined) return;
  const { tag, offset, path, written, kind } = found;
  const key = path.at(-1);
  const fix = (typeof key === 'number' ? `- ${written}` : `${key ?? ''}: ${written}`).trimEnd();
  const value = kind === 'scalar' ? written : say(kind === 'mapping' ? 'schema.a-mapping' : 'schema.a-list');
  const message = path.length === 0 ? say('yaml.tag-document', { tag }) : say('yaml.tag-value', { field: path.join('.'), value, tag, fix });
  throw new YamlSyntaxError(message, lineNumber(text, offset), offset - (text.lastIndexOf('\n', offset - 1) + 1), true);
}

interface Explained {
  message: Text;
  /** Offset of the real cause in the text, when it is not where js-yaml stopped. */
  at?: number;
}

type Explain = (text: string, position: number) => Explained;

const lineAt = (text: string, position: number) => {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  const end = text.indexOf('\n', position);
  return { start, text: text.slice(start, end === -1 ? text.length : end) };
};

/** The start of the last non-blank line before `position`'s line. */
function previousLineStart(text: string, position: number): number {
  let end = text.lastIndexOf('\n', position - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() !== '') return start;
    end = start - 1;
  }
  return 0;
}

/** Offset of the first character YAML refuses as non-printable (C0 but tab and line breaks, DEL, C1). */
function firstControl(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) return index;
  }
  return -1;
}

/**
 * 0-based line of the earlier `head:` in the same mapping: the nearest line above with the same
 * indentation and key, not crossing a line indented less (the start of the mapping).
 */
function firstKeyLine(before: string, head: string): number | undefined {
  const lines = before.split('\n');
  const indent = head.length - head.trimStart().length;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (line.startsWith(`${head}:`)) return index;
    const own = line.length - line.trimStart().length;
    if (line.trim() !== '' && !line.trimStart().startsWith('#') && own < indent) return undefined;
  }
  return undefined;
}

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * js-yaml's error kinds, each turned into what went wrong, what was expected and a fix that reads
 * back as valid YAML. Keys are the start of js-yaml's reason (lib/loader.js). Kinds not listed keep
 * js-yaml's own wording.
 */
const EXPLAIN: [string, Explain][] = [
  ['duplicated mapping key', (text, position) => {
    const { start, text: line } = lineAt(text, position);
    const head = line.slice(0, line.indexOf(':') === -1 ? line.length : line.indexOf(':'));
    const key = head.trim();
    const first = firstKeyLine(text.slice(0, start), head);
    // A distance, since this layer does not know where the YAML starts in the file.
    const above = first === undefined ? 0 : lineNumber(text, start) - first;
    const where = first === undefined ? verbatim('') : say('yaml.duplicate-key.where', { count: above });
    return { message: say('yaml.duplicate-key', { key, where }) };
  }],
  ['tab characters must not be used in indentation', () => ({ message: say('yaml.tab') })],
  ['bad indentation of a mapping entry', (text, position) => dashValue(text, position) ?? { message: say('yaml.mapping-indent') }],
  ['bad indentation of a sequence entry', () => ({ message: say('yaml.sequence-indent') })],
  ['can not read a block mapping entry', (text, position) => ({
    message: say('yaml.no-key'),
    at: previousLineStart(text, position),
  })],
  ['can not read an implicit mapping pair', () => ({ message: say('yaml.no-colon') })],
  ['end of the stream or a document separator is expected', () => ({ message: say('yaml.stray-text') })],
  ['unexpected end of the stream within a double quoted scalar', (text) => ({ message: say('yaml.double-quote'), at: text.lastIndexOf('"') })],
  ['unexpected end of the document within a double quoted scalar', (text) => ({ message: say('yaml.double-quote'), at: text.lastIndexOf('"') })],
  ['unexpected end of the stream within a single quoted scalar', (text) => ({ message: say('yaml.single-quote'), at: text.lastIndexOf("'") })],
  ['unexpected end of the document within a single quoted scalar', (text) => ({ message: say('yaml.single-quote'), at: text.lastIndexOf("'") })],
  ['unexpected end of the stream within a flow collection', (text, position) => ({ message: say('yaml.flow-end'), at: Math.max(text.lastIndexOf('[', position), text.lastIndexOf('{', position)) })],
  ['missed comma between flow collection entries', (text, position) => ({ message: say('yaml.flow-comma'), at: Math.max(text.lastIndexOf('[', position), text.lastIndexOf('{', position)) })],
  ["expected the node content, but found ','", () => ({ message: say('yaml.comma') })],
  ['the stream contains non-printable characters', (text) => {
    const at = firstControl(text);
    return { message: say('yaml.control', { char: codePoint(text[at] ?? '') }), at };
  }],
  ['unknown escape sequence', () => ({ message: say('yaml.escape') })],
  ['expected hexadecimal character', () => ({ message: say('yaml.hex') })],
  ['unknown tag', () => ({ message: say('yaml.tag') })],
  ['unidentified alias', () => ({ message: say('yaml.alias') })],
  ['a whitespace character is expected after the key-value separator', () => ({ message: say('yaml.space-after-colon') })],
  ['duplication of an anchor property', () => ({ message: say('yaml.anchor') })],
];

/** `  online: - 3500`: the key, and the text after the dash, of a line whose value starts with "- ". */
const DASH_VALUE = /^( *)([^\s:#-][^:#]*?): +- +(\S.*)$/;

/**
 * `online: - 3500`: a list item on its key's line, which js-yaml calls bad indentation. Said as what
 * it is, with the fix for what was most likely meant: a figure (the dash a minus with a space, or a
 * list by mistake) or a list that belongs on the lines below.
 */
function dashValue(text: string, position: number): Explained | undefined {
  const { start, text: line } = lineAt(text, position);
  const match = DASH_VALUE.exec(line);
  if (!match) return undefined;
  const [, indent = '', key = '', after = ''] = match;
  const comment = after.indexOf(' #');
  const rest = (comment === -1 ? after : after.slice(0, comment)).trim();
  const field = [...parentKeys(text, start, indent.length), key].join('.');
  const at = start + line.indexOf('-', indent.length + key.length + 1);
  if (parseMoney(rest).ok) return { message: say('yaml.dash-figure', { field, key, rest }), at };
  return { message: say('yaml.dash-value', { field, rest }), at };
}

/** The keys of the mappings a line indented by `indent` is inside, outermost first, read from the `key:` lines above it. */
function parentKeys(text: string, lineStart: number, indent: number): string[] {
  const keys: string[] = [];
  let want = indent;
  for (let end = lineStart - 1; end > 0 && want > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const own = line.length - line.trimStart().length;
    if (line.trim() === '' || line.trimStart().startsWith('#') || own >= want) continue;
    const key = /^ *([^\s:#-][^:#]*?): *(?:#.*)?$/.exec(line)?.[1];
    if (key === undefined) break;
    keys.unshift(key);
    want = own;
  }
  return keys;
}

/**
 * `key：value` with a full-width colon (a Chinese input method's) is the cause of most "line without
 * key" and indentation errors in this content, on the line js-yaml stopped at or the one before.
 */
function fullWidthColon(text: string, position: number): Explained | undefined {
  for (const start of [lineAt(text, position).start, previousLineStart(text, position)]) {
    const { text: line } = lineAt(text, start);
    const wide = line.indexOf('：');
    const narrow = line.indexOf(':');
    if (wide === -1 || (narrow !== -1 && narrow < wide) || line.trimStart().startsWith('#')) continue;
    const fixed = `${line.slice(0, wide)}: ${line.slice(wide + 1).trimStart()}`.trim();
    return { message: say('yaml.full-width-colon', { line: line.trim(), fixed }), at: start + wide };
  }
  return undefined;
}

function failWith(error: yaml.YAMLException, text: string): never {
  const mark = error.mark as { line?: number; column?: number; position?: number } | undefined;
  const position = mark?.position ?? 0;
  const explain = EXPLAIN.find(([reason]) => error.reason.startsWith(reason))?.[1];
  const explained = fullWidthColon(text, position) ?? explain?.(text, position) ?? { message: say('yaml.other', { reason: error.reason }) };
  if (explained.at === undefined || explained.at < 0) throw new YamlSyntaxError(explained.message, mark?.line ?? 0, mark?.column ?? 0);
  const start = text.lastIndexOf('\n', explained.at - 1) + 1;
  throw new YamlSyntaxError(explained.message, lineNumber(text, explained.at), explained.at - start);
}

/** 0-based line of an offset. */
function lineNumber(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * Anything the simple reader leaves to js-yaml: quotes, flow collections, comments, tags, anchors,
 * block scalars, tabs, control characters, CR, `?` keys, directives, and the Unicode line and
 * paragraph separators (a regular expression's `.` stops at them; js-yaml's scalars do not).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go to the full parser
const NOT_SIMPLE = /[#\t"'{}[\]&*!|>%@`?\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Keys YAML reads as null or a boolean (js-yaml would turn `True:` into "true"). */
const SPECIAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

/** `SPECIAL_KEYS.has(key)`, looked up only for keys starting as one does (hashing each key showed in profiles). */
function isSpecialKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return (first === 0x6e || first === 0x4e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46 || first === 0x5f) && SPECIAL_KEYS.has(key);
}

/** `[-+.\d~nNtTfF]`: the first characters of YAML 1.2 core's null, booleans, integers and floats. */
function mayBeTyped(code: number): boolean {
  return isDigit(code) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x7e || code === 0x6e || code === 0x4e || code === 0x74 || code === 0x54 || code === 0x66 || code === 0x46;
}
/** Thrown inside the simple reader when the text needs the full parser; never escapes. */
const NEEDS_FULL_PARSER = Symbol('needs the full YAML parser');

/** JavaScript's whitespace (`\s`, what `trim` removes). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `[A-Za-z_]`, the first character of a key. */
const isKeyStart = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
/** `[\w-]`, the other characters of a key. */
const isKeyPart = (code: number) => isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** `^(?:0|[1-9]\d{0,14})$`: a plain decimal integer YAML 1.2 core reads exactly (no sign, no leading zero, below 2^53). */
function isPlainInteger(value: string): boolean {
  const length = value.length;
  if (length === 0 || length > 15) return false;
  if (value.charCodeAt(0) === 0x30) return length === 1;
  for (let at = 0; at < length; at++) if (!isDigit(value.charCodeAt(at))) return false;
  return true;
}

/** `^\d{4}-\d{2}-\d{2}$`, a date: no null, boolean, integer or float of YAML 1.2 core has this shape, so it stays a string. */
function isDateLike(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  for (const at of DATE_DIGITS) if (!isDigit(value.charCodeAt(at))) return false;
  return true;
}
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * Keys as read before, so that each document's `type`, `year`, `months`… is one internalised
 * string: an object filled with freshly sliced keys has V8 look each key up in its string table at
 * every store, which was most of building a document's data (issue 13: a third of the simple
 * reader's time at 25,000 documents). Bounded, as a folder may hold any keys.
 */
const KEYS = new Map<string, string>();
const KEYS_MAX = 10_000;

/** `key`, or the equal string read before (see KEYS). */
function internedKey(key: string): string {
  const seen = KEYS.get(key);
  if (seen !== undefined) return seen;
  if (KEYS.size < KEYS_MAX) KEYS.set(key, key);
  return key;
}

/**
 * The lines of a text in the simple subset, each `key: value`, `key:` or `- value` with its
 * indentation (spaces); blank lines (spaces only) are skipped. One scan of the text, each character
 * looked at a bounded number of times, where a regular expression per line was a fifth of reading a
 * large company: the lines the patterns `^( *)([A-Za-z_][\w-]*):(?: +(\S.*))?$` and
 * `^( *)- +(\S.*)$` match in a text without U+2028 and U+2029 (NOT_SIMPLE).
 */
class Lines {
  readonly indents: number[] = [];
  /** The key, or undefined for a list item. */
  readonly keys: (string | undefined)[] = [];
  /** The value as written to the end of the line, or undefined for `key:`. */
  readonly values: (string | undefined)[] = [];

  /** False when some line is outside the subset (js-yaml reads the text). */
  read(text: string): boolean {
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (!this.line(text, start, end)) return false;
      start = end + 1;
    }
    return true;
  }

  private line(text: string, start: number, end: number): boolean {
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    const indent = at - start;
    // Blank: skipped. YAML's blank lines hold only spaces (and tabs, left to js-yaml): a line of
    // U+3000 or U+00A0 is text to YAML, so it too is js-yaml's to read, as is such indentation.
    if (at === end) return true;
    const first = text.charCodeAt(at);
    let key: string | undefined;
    if (isKeyStart(first)) {
      at++;
      while (at < end && isKeyPart(text.charCodeAt(at))) at++;
      if (text.charCodeAt(at) !== 0x3a) return false;
      key = internedKey(text.slice(start + indent, at));
      at++;
      if (at === end) return this.push(indent, key, undefined);
    } else if (first !== 0x2d) return false;
    else at++;
    // After `key:` or `-`: one or more spaces, then a non-space and the rest of the line.
    if (text.charCodeAt(at) !== 0x20) return false;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    if (at === end || isSpace(text.charCodeAt(at))) return false;
    return this.push(indent, key, text.slice(at, end));
  }

  private push(indent: number, key: string | undefined, value: string | undefined): true {
    this.indents.push(indent);
    this.keys.push(key);
    this.values.push(value);
    return true;
  }
}

/** Reads the lines of `Lines` into mappings, lists and scalars; throws NEEDS_FULL_PARSER. */
class SimpleReader {
  index = 0;
  readonly lines: Lines;
  constructor(lines: Lines) {
    this.lines = lines;
  }

  mapping(indent: number): Record<string, unknown> {
    const { indents, keys, values } = this.lines;
    const result: Record<string, unknown> = {};
    while (this.index < indents.length) {
      const own = indents[this.index] as number;
      if (own < indent) break;
      const key = keys[this.index];
      if (own > indent || key === undefined) throw NEEDS_FULL_PARSER;
      if (isSpecialKey(key) || Object.hasOwn(result, key)) throw NEEDS_FULL_PARSER;
      const value = values[this.index];
      this.index++;
      if (value !== undefined) {
        result[key] = scalar(value);
        continue;
      }
      if (this.index === indents.length) {
        result[key] = null;
        continue;
      }
      const nextIndent = indents[this.index] as number;
      if (keys[this.index] === undefined && nextIndent >= indent) result[key] = this.list(nextIndent);
      else if (nextIndent > indent) result[key] = this.mapping(nextIndent);
      else result[key] = null;
    }
    return result;
  }

  list(indent: number): unknown[] {
    const { indents, keys, values } = this.lines;
    const items: unknown[] = [];
    while (this.index < indents.length) {
      const own = indents[this.index] as number;
      if (own < indent) break;
      const isItem = keys[this.index] === undefined;
      // A key at the list's own indentation ends a list written level with its key (`months:\n- 1`).
      if (own === indent && !isItem) break;
      if (own > indent || !isItem) throw NEEDS_FULL_PARSER;
      items.push(scalar(values[this.index] as string));
      this.index++;
    }
    return items;
  }
}

/** A plain scalar as YAML 1.2 core reads it; throws NEEDS_FULL_PARSER for what may be more than a scalar. */
function scalar(raw: string): unknown {
  let end = raw.length;
  while (raw.charCodeAt(end - 1) === 0x20) end--;
  // YAML trims only spaces and tabs: a trailing U+3000 or U+00A0 is part of the value, which is js-yaml's to say.
  if (isSpace(raw.charCodeAt(end - 1))) throw NEEDS_FULL_PARSER;
  const value = end === raw.length ? raw : raw.slice(0, end);
  // A plain scalar cannot hold ": " or end in ":" (a nested key), nor start with an indicator
  // (`-` only before a digit or `.`, as in `-5`). Character tests rather than regular expressions:
  // this runs for each of a large company's millions of scalars.
  if (value.includes(':')) throw NEEDS_FULL_PARSER;
  const first = value.charCodeAt(0);
  if (first === 0x2c || (first === 0x2d && !isDigit(value.charCodeAt(1)) && value.charCodeAt(1) !== 0x2e)) throw NEEDS_FULL_PARSER;
  // Null, booleans and numbers start with one of these; any other scalar is a string as written.
  if (!mayBeTyped(first)) return value;
  // The two forms of nearly every typed-looking scalar, answered without trying each type.
  if (isPlainInteger(value)) return new NumberText(value, Number(value));
  if (isDateLike(value)) return value;
  for (const type of IMPLICIT) if (type.resolve(value)) return type.construct(value);
  return value;
}

/**
 * The frontmatter of nearly every document is block mappings and lists of plain scalars; reading
 * that subset directly takes a fraction of js-yaml's time (it was a third of `plan check`). Returns
 * exactly what js-yaml would, or undefined for any text outside the subset (including every text
 * js-yaml would refuse), which then goes through js-yaml as before.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (NOT_SIMPLE.test(text)) return undefined;
  const lines = new Lines();
  if (!lines.read(text) || lines.indents.length === 0) return undefined;
  if (lines.indents[0] !== 0 || /^(?:---|\.\.\.)/m.test(text)) return undefined;
  const reader = new SimpleReader(lines);
  try {
    const result = reader.mapping(0);
    return reader.index === lines.indents.length ? result : undefined;
  } catch (error) {
    if (error === NEEDS_FULL_PARSER) return undefined;
    throw error;
  }
}
