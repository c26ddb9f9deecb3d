import { createRequire } from 'node:module';
import type { LineCounter, Node } from 'yaml';
import type * as Yaml from 'yaml';
import type { Source } from './source.ts';

// The yaml package is loaded on the first position asked for (a file with a diagnostic), with
// require() (its Node entry is CommonJS: no export-name scan): 0.04 s of CPU a check without
// diagnostics to locate, such as most of `plan check --changed`'s, does not pay.
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
  let cached: { root: Node | null; lines: LineCounter } | undefined;
  return (path, at = 'value') => {
    cached ??= parseForPositions(source.yaml);
    const offset = offsetOf(cached.root, path, at);
    const { line, col } = cached.lines.linePos(offset);
    return { line: line + source.yamlLine - 1, column: col };
  };
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
