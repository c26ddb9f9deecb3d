import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/core/positions.ts';
import { parseDocumentSource } from '../../src/core/source.ts';

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
