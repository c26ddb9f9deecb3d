import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocator, yamlPackageLocator, type PathKey } from '../../src/core/positions.ts';
import { parseDocumentSource } from '../../src/core/source.ts';
import { NumberText, parseYaml } from '../../src/core/yaml.ts';
import { sourceOf } from '../../src/model/load.ts';

const text = [
  '---', //                      1
  'type: person-plan', //        2
  'target:', //                  3
  '  revenue: 600万', //         4
  'months:', //                  5
  '  - 40万 # 1月', //           6
  '  - 45万', //                 7
  '  - [1, 2]', //               8
  'groups: { a: 1, b: 2 }', //   9
  '---',
  '',
].join('\n');

describe('locating a value in the file', () => {
  const locate = createLocator(parseDocumentSource(text));

  it('finds nested mapping values at their own line and column', () => {
    expect(locate(['target', 'revenue'])).toEqual({ line: 4, column: 12 });
  });

  it('finds list items by index', () => {
    expect(locate(['months', 0])).toEqual({ line: 6, column: 5 });
    expect(locate(['months', 1])).toEqual({ line: 7, column: 5 });
    expect(locate(['months', 2, 1])).toEqual({ line: 8, column: 9 });
  });

  it('finds values in flow mappings', () => {
    expect(locate(['groups', 'b'])).toEqual({ line: 9, column: 20 });
  });

  it('points at the key when asked (unknown keys)', () => {
    expect(locate(['groups', 'b'], 'key')).toEqual({ line: 9, column: 17 });
  });

  it('falls back to the nearest existing parent for a missing value', () => {
    expect(locate(['target', 'profit'])).toEqual({ line: 4, column: 3 });
  });

  it('counts lines in whole-file YAML from line 1', () => {
    const org = createLocator({ yaml: 'year: 2026\nunits:\n  - id: east\n', yamlLine: 1 });
    expect(org(['units', 0, 'id'])).toEqual({ line: 3, column: 9 });
  });
});

/** Every path into `data`, with a missing key and a missing item below each mapping and list. */
function pathsOf(data: unknown, at: PathKey[] = []): PathKey[][] {
  const out: PathKey[][] = [at];
  if (Array.isArray(data)) {
    data.forEach((item, index) => out.push(...pathsOf(item, [...at, index])));
    out.push([...at, data.length], [...at, 'missing']);
  } else if (typeof data === 'object' && data !== null && !(data instanceof NumberText)) {
    for (const [key, value] of Object.entries(data)) out.push(...pathsOf(value, [...at, key]));
    out.push([...at, 'missing'], [...at, 0]);
  } else out.push([...at, 'below'], [...at, 0]);
  return out;
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('positions of simple files (read without the yaml package)', () => {
  const simple = [
    'type: monthly-plan\nyear: 2026\nmonths:\n  - 1\n  - 2\ngroups:\n  a: 1\n  b:\n    c: 3\nlast: x\n',
    'months:\n- 1\n- 2\nnext: 3\n',
    '\n\nfirst: 1\n\n  \nnested:\n  deep:\n    deeper: 4\n  empty:\nafter: 5',
    'empty:\nthen: 1\n',
    'list:\n  - a\n  - b\n',
  ];
  const root = path.resolve(import.meta.dirname, '../..');
  const files = [...contentFiles(path.join(root, 'content')), ...contentFiles(path.join(root, 'tests', 'fixtures'))];

  it('are those of the yaml package for every value and key of the demo, the fixtures and edge cases', () => {
    const sources = [
      ...simple.map((yaml) => ({ yaml, yamlLine: 1 })),
      ...files.flatMap((file) => {
        try {
          return [sourceOf(readFileSync(file, 'utf8'), file)];
        } catch {
          return [];
        }
      }),
    ];
    // The demo and the fixtures hold well over a hundred files: the comparison covers them.
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) {
      const [quick, full] = [createLocator(source), yamlPackageLocator(source)];
      const data = parseYaml(source.yaml);
      for (const at of pathsOf(data)) {
        for (const kind of ['value', 'key'] as const) expect({ at, kind, position: quick(at, kind) }).toEqual({ at, kind, position: full(at, kind) });
      }
    }
  });
});
