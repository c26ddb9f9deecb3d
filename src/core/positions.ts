import { createRequire } from 'node:module';
import type { LineCounter, Node } from 'yaml';
import type * as Yaml from 'yaml';
import type { Source } from './source.ts';
import type { WrittenAt } from './zod-issues.ts';
import { parseSimpleYaml } from './yaml.ts';

// The yaml package is loaded on the first position asked for in a file outside the simple subset
// (see `simpleOffset`), with require() (its Node entry is CommonJS: no export-name scan): 0.04 s of
// CPU that a check locating only in simple files, such as nearly every `plan check --changed`, does not pay.
let yaml: typeof Yaml | undefined;
const load = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

export type PathKey = string | number;
export interface Position {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
}

/**
 * Maps a data path (e.g. `["months", 2]`) to the line and column of its value in the file.
 * This parse is slower than the one `plan check` validates with, so it runs only for files that
 * have a diagnostic, and once per file.
 */
export type Locate = (path: readonly PathKey[], at?: 'value' | 'key') => Position;

export function createLocator(source: Pick<Source, 'yaml' | 'yamlLine'>): Locate {
  const full = yamlPackageLocator(source);
  let simple: SimpleNode | null | undefined;
  return (path, at = 'value') => {
    simple ??= simpleTree(source.yaml) ?? null;
    const quick = simple ? simpleOffset(simple, path, at) : undefined;
    if (quick === undefined) return full(path, at);
    return { line: lineOf(source.yaml, quick) + source.yamlLine - 1, column: quick - source.yaml.lastIndexOf('\n', quick - 1) };
  };
}

/** The yaml package's positions, for any text: what `createLocator` gives outside the simple subset. */
export function yamlPackageLocator(source: Pick<Source, 'yaml' | 'yamlLine'>): Locate {
  let cached: { root: Node | null; lines: LineCounter } | undefined;
  return (path, at = 'value') => {
    cached ??= parseForPositions(source.yaml);
    const offset = offsetOf(cached.root, path, at);
    const { line, col } = cached.lines.linePos(offset);
    return { line: line + source.yamlLine - 1, column: col };
  };
}

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * A node of a text in the simple subset (yaml.ts `parseSimpleYaml`: block mappings and lists of
 * plain scalars, one per line) with the offset the yaml package gives it: a scalar's first
 * character, a mapping's first key, a list's first `-`. A `key:` without a value is `null`: where
 * the yaml package puts that empty node is left to it.
 */
interface SimpleNode {
  start: number;
  pairs?: { key: string; keyStart: number; value: SimpleNode | null }[];
  items?: SimpleNode[];
}

/** One line of the subset: `key: value`, `key:` or `- value`, by offsets in the text. */
interface SimpleLine {
  indent: number;
  start: number;
  key: string | undefined;
  valueStart: number | undefined;
}

const SIMPLE_LINE = /^( *)(?:([A-Za-z_][\w-]*):(?: +(\S.*))?|- +(\S.*))$/;

/** The tree of a text `parseSimpleYaml` reads (the same structure), or undefined for any other text. */
function simpleTree(text: string): SimpleNode | undefined {
  if (parseSimpleYaml(text) === undefined) return undefined;
  const lines: SimpleLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const match = SIMPLE_LINE.exec(line);
    if (match) {
      const value = match[3] ?? match[4];
      lines.push({ indent: (match[1] ?? '').length, start: start + (match[1] ?? '').length, key: match[2], valueStart: value === undefined ? undefined : start + line.length - value.length });
    } else if (line.trim() !== '') return undefined;
    start += line.length + 1;
  }
  let index = 0;
  // As yaml.ts `SimpleReader`, on a text it has read: only the shapes it accepts occur.
  const mapping = (indent: number): SimpleNode => {
    const node: SimpleNode = { start: (lines[index] as SimpleLine).start, pairs: [] };
    while (index < lines.length && (lines[index] as SimpleLine).indent >= indent) {
      const { key = '', start: keyStart, valueStart } = lines[index++] as SimpleLine;
      const next = lines[index];
      let value: SimpleNode | null = null;
      if (valueStart !== undefined) value = { start: valueStart };
      else if (next && next.key === undefined && next.indent >= indent) value = list(next.indent);
      else if (next && next.indent > indent) value = mapping(next.indent);
      node.pairs?.push({ key, keyStart, value });
    }
    return node;
  };
  const list = (indent: number): SimpleNode => {
    const node: SimpleNode = { start: (lines[index] as SimpleLine).start, items: [] };
    while (index < lines.length && (lines[index] as SimpleLine).indent === indent && (lines[index] as SimpleLine).key === undefined) {
      node.items?.push({ start: (lines[index++] as SimpleLine).valueStart ?? 0 });
    }
    return node;
  };
  return mapping(0);
}

/** `offsetOf` on a simple tree; undefined where the path meets a `key:` without a value (the yaml package decides). */
function simpleOffset(root: SimpleNode, path: readonly PathKey[], at: 'value' | 'key'): number | undefined {
  let node = root;
  let best = root.start;
  for (const [index, key] of path.entries()) {
    if (node.pairs) {
      const pair = node.pairs.find((entry) => entry.key === String(key));
      if (!pair) return best;
      if (at === 'key' && index === path.length - 1) return pair.keyStart;
      if (!pair.value) return undefined;
      best = pair.value.start;
      node = pair.value;
    } else if (node.items && typeof key === 'number') {
      const item = node.items[key];
      if (!item) return best;
      best = item.start;
      node = item;
    } else return best;
  }
  return best;
}

function parseForPositions(text: string) {
  const { LineCounter, parseDocument, isNode } = load();
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false, keepSourceTokens: false });
  return { root: isNode(document.contents) ? document.contents : null, lines };
}

/** The offset of the deepest node along `path`: the value itself, or its key when the value is empty. */
function offsetOf(root: Node | null, path: readonly PathKey[], at: 'value' | 'key'): number {
  const { isMap, isNode, isPair, isScalar, isSeq } = load();
  let node: Node | null = root;
  let best = root?.range?.[0] ?? 0;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return best;
      const value = isNode(pair.value) ? pair.value : null;
      const keyStart = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      if (at === 'key' && index === path.length - 1 && keyStart !== undefined) return keyStart;
      best = value?.range?.[0] ?? keyStart ?? best;
      if (!value) return keyStart ?? best;
      node = value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!isNode(item)) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

/**
 * How the scalar at a data path is written in the YAML text (zod-issues.ts `WrittenAt`): its source
 * and, for a block scalar, its kind and header (`>-`). The yaml package parses the text on the first
 * question, so only files with a refused value pay for it.
 */
export function writtenScalars(source: Pick<Source, 'yaml'>): WrittenAt {
  let root: Node | null | undefined;
  return (path) => {
    root ??= parseForPositions(source.yaml).root;
    const { isMap, isPair, isScalar, isSeq } = load();
    let node: unknown = root;
    for (const key of path) {
      if (isMap(node)) node = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key))?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else return undefined;
    }
    if (!isScalar(node) || !node.range) return undefined;
    const written = source.yaml.slice(node.range[0], node.range[1]);
    if (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL') return { source: written };
    return { source: written, block: { folded: node.type === 'BLOCK_FOLDED', indicator: /^\S*/.exec(written)?.[0] ?? '' } };
  };
}
