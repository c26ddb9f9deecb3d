import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { formatFen, parseMoney, type Fen } from '../core/money.ts';
import type { PathKey } from '../core/positions.ts';
import { NumberText, parseYaml } from '../core/yaml.ts';
import { PlanbookError } from '../core/errors.ts';

/** One money figure to set, by its path in the frontmatter (e.g. `['months', 2]`). */
export interface FigureEdit {
  path: readonly PathKey[];
  fen: Fen;
}

/** The unit a new figure is written in: 万 ("8.8万") or 元 ("88,000", "123,456.78"). */
export type FigureUnit = 'wan' | 'yuan';

/** The figure edit could not be made without touching more than the figure. */
export class FigureEditError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'figure-edit';
}

/**
 * Sets money figures in a file's YAML by replacing the exact source text of each scalar, so every
 * other byte (comments, key order, quoting of other values, the Markdown body, CRLF, BOM) is kept.
 * Re-serialising the YAML would reflow comments and quotes, which reviewers would see as noise.
 * `kind` is 'document' for a `.mdx` with frontmatter, 'yaml' for a whole-file YAML.
 *
 * `oneUnit`: the edited figures that are new (0 or absent before) are all written in one unit
 * (`figureUnit`), so a draft never reads "123,456.78" beside "8.8万"; without it each new
 * figure is written in 万 when it is whole 元, else in 元. Figures written before keep their own style.
 */
export function setFigures(text: string, edits: readonly FigureEdit[], kind: 'document' | 'yaml' = 'document', { oneUnit = false } = {}): string {
  const { region, yamlText, document } = parsedYaml(text, kind);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = oneUnit ? figureUnit(edits.map((edit) => oldText(document, yamlText, edit)), edits) : undefined;
  const splices = edits.map((edit) => spliceFor(document, yamlText, edit, eol, unit));
  // Right to left, so earlier offsets stay valid.
  splices.sort((a, b) => b.start - a.start);
  let edited = yamlText;
  for (const splice of splices) edited = edited.slice(0, splice.start) + splice.text + edited.slice(splice.end);
  verify(edited, edits);
  return text.slice(0, region.start) + edited + text.slice(region.end);
}

/**
 * The unit `setFigures(text, edits, kind, { oneUnit: true })` writes the new figures of `text` in
 * (`figureUnit` of the figures `edits` set). Throws FigureEditError when the YAML does not parse.
 */
export function figureUnitIn(text: string, edits: readonly FigureEdit[], kind: 'document' | 'yaml' = 'document'): FigureUnit {
  const { yamlText, document } = parsedYaml(text, kind);
  return figureUnit(edits.map((edit) => oldText(document, yamlText, edit)), edits);
}

function parsedYaml(text: string, kind: 'document' | 'yaml'): { region: { start: number; end: number }; yamlText: string; document: Document } {
  const region = yamlRegion(text, kind);
  const yamlText = text.slice(region.start, region.end);
  const document = parseDocument(yamlText, { keepSourceTokens: true, uniqueKeys: false });
  if (document.errors.length) throw new FigureEditError(`the YAML does not parse: ${document.errors[0]?.message ?? ''}`);
  return { region, yamlText, document };
}

/**
 * The unit of a file's new figures: that of the figures it already has (万 when any is written in
 * 万, else 元), or for a file without any (a fresh draft) 万 when every new figure is a whole 100元
 * (at most two decimals of 万, as the portal shows them), else 元.
 */
export function figureUnit(oldTexts: readonly (string | undefined)[], edits: readonly FigureEdit[]): FigureUnit {
  const written = oldTexts.filter((old): old is string => old !== undefined && !isFresh(old));
  if (written.length) return written.some((old) => /[万亿]/.test(old)) ? 'wan' : 'yuan';
  return edits.every((edit) => edit.fen % 10_000 === 0) ? 'wan' : 'yuan';
}

const unquoted = (old: string) => (/^['"]/.test(old) ? old.slice(1, -1) : old);

function isFresh(old: string | undefined): boolean {
  if (!old) return true;
  const parsed = parseMoney(unquoted(old));
  return parsed.ok && parsed.fen === 0;
}

/**
 * The new amount written the way the old one was: 万 notation stays 万 for whole yuan (at most four
 * decimals of 万), thousands separators stay, quotes and a ¥ or 元 stay; an amount with 分 is written
 * in 元 with two decimals, or in 万 to the 分 when `unit` is 万 (the file's one unit). Zero (a fresh
 * template) is written in `unit` when given (元 with separators), else treated as 万 notation, the
 * plans' house style.
 */
export function formatLike(old: string | undefined, fen: Fen, unit?: FigureUnit): string {
  const quote = old && /^['"]/.test(old) ? old[0] : '';
  const inner = old ? unquoted(old) : '';
  const fresh = isFresh(old);
  const wanStyle = fresh ? unit !== 'yuan' : /[万亿]/.test(inner);
  const grouped = fresh || /,/.test(inner);
  let body: string;
  if (fen === 0) body = '0';
  else if (wanStyle && (fen % 100 === 0 || unit === 'wan')) body = formatFen(fen, 'wan');
  else body = yuan(fen, grouped || wanStyle);
  const yen = /^[-+]?[¥￥]/.test(inner) ? inner.match(/[¥￥]/)?.[0] ?? '' : '';
  const suffix = /元$/.test(inner) ? '元' : '';
  if (yen && body.startsWith('-')) body = `-${yen}${body.slice(1)}`;
  else if (yen) body = `${yen}${body}`;
  return `${quote}${body}${suffix}${quote}`;
}

function yuan(fen: Fen, grouped: boolean): string {
  const plain = formatFen(fen, 'plain');
  const [whole = '', fraction = ''] = plain.split('.');
  const shown = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return fraction === '00' ? shown : `${shown}.${fraction}`;
}

function yamlRegion(text: string, kind: 'document' | 'yaml'): { start: number; end: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (kind === 'yaml') return { start: bom, end: text.length };
  const opening = /^---[A-Za-z]*[ \t]*\r?\n/.exec(text.slice(bom));
  if (!opening) throw new FigureEditError('expected the file to start with "---" and YAML frontmatter');
  const start = bom + opening[0].length;
  const closing = text.indexOf('\n---', start - 1);
  if (closing === -1) throw new FigureEditError('expected a closing "---" line after the frontmatter');
  return { start, end: closing + 1 };
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The source text of the figure an edit replaces, or undefined when there is none (a key to add). */
function oldText(document: Document, yamlText: string, edit: FigureEdit): string | undefined {
  const node = document.getIn(edit.path, true) as Node | undefined;
  return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]) : undefined;
}

function spliceFor(document: Document, yamlText: string, edit: FigureEdit, eol: string, unit: FigureUnit | undefined): Splice {
  const node = document.getIn(edit.path, true) as Node | undefined;
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const old = yamlText.slice(start, end);
    const value = formatLike(old, edit.fen, unit);
    // `key:` with no value: keep a space so the result is `key: 12万`, not the key `key:12万`.
    return { start, end, text: old === '' && yamlText[start - 1] === ':' ? ` ${value}` : value };
  }
  if (node !== undefined) throw new FigureEditError(`expected an amount at ${edit.path.join('.')}, found a list or map`);
  return insertKey(document, yamlText, edit, eol, unit);
}

/** A key missing from a block map (a customer group not yet in a monthly plan) gets its own line at the end of the map. */
function insertKey(document: Document, yamlText: string, edit: FigureEdit, eol: string, unit: FigureUnit | undefined): Splice {
  const parentPath = edit.path.slice(0, -1);
  const key = edit.path.at(-1);
  const parent = (parentPath.length ? document.getIn(parentPath, true) : document.contents) as Node | undefined;
  const last = isMap(parent) ? parent.items.at(-1) : undefined;
  if (!isMap(parent) || parent.flow || !last || !isScalar(last.key) || !last.key.range || typeof key !== 'string') {
    throw new FigureEditError(`cannot add ${edit.path.join('.')}: expected a block map with at least one entry at ${parentPath.join('.') || 'the top level'}`);
  }
  const keyStart = last.key.range[0];
  const lineStart = yamlText.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = yamlText.slice(lineStart, keyStart);
  const valueEnd = (last.value as Node | null)?.range?.[1] ?? last.key.range[1];
  const newline = yamlText.indexOf('\n', valueEnd);
  const at = newline === -1 ? yamlText.length : newline + 1;
  const prefix = newline === -1 ? eol : '';
  return { start: at, end: at, text: `${prefix}${indent}${key}: ${formatLike(undefined, edit.fen, unit)}${eol}` };
}

/** Reads the edited YAML back with the project's own reader: a figure that would not read back is never written. */
function verify(yamlText: string, edits: readonly FigureEdit[]): void {
  const data = parseYaml(yamlText);
  for (const edit of edits) {
    let value: unknown = data;
    for (const key of edit.path) value = (value as Record<string | number, unknown> | undefined)?.[key];
    const parsed = parseMoney(value instanceof NumberText ? value.text : value);
    if (!parsed.ok || parsed.fen !== edit.fen) {
      throw new FigureEditError(`internal check failed: ${edit.path.join('.')} would read back as ${String(value)}, expected ${formatFen(edit.fen)}`);
    }
  }
}
