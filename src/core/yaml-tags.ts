import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// The yaml package, loaded only for a text that holds a "!" outside the simple subset (see yaml.ts).
let yaml: typeof Yaml | undefined;
const load = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/** A YAML tag in a text (`!!float`, `!!str`, `!custom`), with what it is on. */
export interface FoundTag {
  /** The tag as written, e.g. `!!float`. */
  tag: string;
  /** Offset of the tag's first `!` in the text. */
  offset: number;
  /** The data path of the tagged value, or of the pair a tagged key starts, e.g. `["groups", "online"]`; empty for the whole document. */
  path: (string | number)[];
  /** The tagged node as written without its tag (`3500`); empty for a mapping or a list. */
  written: string;
  kind: 'scalar' | 'mapping' | 'list';
}

/**
 * The first tag in `text`, or undefined. The content format has no tags: `!!float 1`, `!!str 3500`
 * or `!!int 3500` would re-type a value past the rules for whole numbers and amounts, and js-yaml
 * answers `!custom` with a bare "unknown tag". The yaml package is asked because it gives each tag's
 * node and path, which js-yaml does not.
 */
export function firstTag(text: string): FoundTag | undefined {
  const { parseDocument, visit, isPair, isScalar, isSeq, isNode, isMap } = load();
  let found: FoundTag | undefined;
  visit(parseDocument(text, { uniqueKeys: false }), (_key, node, ancestors) => {
    if (!isNode(node) || node.tag === undefined || !node.range) return undefined;
    const path: (string | number)[] = [];
    ancestors.forEach((ancestor, index) => {
      if (isPair(ancestor) && isScalar(ancestor.key)) path.push(String(ancestor.key.value));
      else if (isSeq(ancestor)) path.push(ancestor.items.indexOf((ancestors[index + 1] ?? node) as never));
    });
    let offset = text.lastIndexOf('!', node.range[0]);
    while (offset > 0 && text[offset - 1] === '!') offset--;
    const tag = /^\S+/.exec(text.slice(offset))?.[0] ?? node.tag;
    const kind = isScalar(node) ? 'scalar' : isMap(node) ? 'mapping' : 'list';
    found = { tag, offset, path, written: kind === 'scalar' ? text.slice(node.range[0], node.range[1]) : '', kind };
    return visit.BREAK;
  });
  return found;
}
