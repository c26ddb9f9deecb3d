import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/model/content-files.ts';
import { parseSimpleYaml, parseYaml } from '../../src/core/yaml.ts';
import { ROOT } from './helpers/run-plan.ts';

/** js-yaml's reading of the same text: a trailing comment sends any text past the simple reader. */
function full(text: string): { data?: unknown; error?: string } {
  try {
    return { data: parseYaml(`${text}\n# the full parser\n`) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const frontmatterOf = (text: string) => /^---\n([\s\S]*?\n)---/.exec(text.replace(/\r\n/g, '\n'))?.[1];

describe('the simple frontmatter reader gives exactly what js-yaml gives, or leaves the text to it', () => {
  it('reads the demo and every fixture as js-yaml does, and most of them without js-yaml', async () => {
    let simple = 0;
    let all = 0;
    for (const dir of ['content', 'tests/fixtures']) {
      for (const file of await listFiles(path.join(ROOT, dir))) {
        if (!/\.mdx?$/.test(file)) continue;
        const yaml = frontmatterOf(readFileSync(path.join(ROOT, dir, file), 'utf8'));
        if (yaml === undefined) continue;
        all++;
        const data = parseSimpleYaml(yaml);
        if (data === undefined) continue;
        simple++;
        expect(data, `${dir}/${file}`).toEqual(full(yaml).data);
      }
    }
    expect(all).toBeGreaterThan(200);
    expect(simple / all).toBeGreaterThan(0.8);
  });

  it('agrees with js-yaml on random block mappings, lists and tricky scalars', () => {
    const scalar = fc.constantFrom('1', '08', '-5', '-x', '1.5e3', '.inf', '0x1F', '1,000', '91.03万', 'True', 'TRUE', 'yes', '~', 'null', 'a b', 'a  b ', 'x:', 'a: b', ',a', '-', '- a', '2026-01-05', '年度计划', '1_000', '+12', '0', '007', '9007199254740993', '123456789012345', '2026-02-30', '2026-1-5', '年度\u3000计划', '\u3000x', 'x\u00a0', 'a\u2028b', '-.5', '-.', '.5', '0.5', '00', '1234567890123456', '2026-01-0x', '2026/01/05', '20260-1-05', 'n', 'No', 'nul', 'Nope', 'tr', 'f', 'F1', '~x', '+', '+.5');
    const key = fc.constantFrom('a', 'b', 'type', 'key-accounts', 'p_1', 'True', 'null', '__proto__', 'a', 'b');
    const line = fc.tuple(fc.constantFrom(0, 0, 2, 2, 4, 1, 3), fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      key.map((k) => `${k}:`),
      scalar.map((v) => `- ${v}`),
      fc.constantFrom('', '   ', 'key:value', 'a :b', '---', '\u3000', ' \u00a0', '\u3000a: b', 'a:  ', 'a: \u3000', '-', '-x', 'a: b\u2029'),
    )).map(([indent, text]) => `${' '.repeat(indent)}${text}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        const simple = parseSimpleYaml(text);
        if (simple === undefined) return;
        expect(full(text)).toEqual({ data: simple });
      }),
      { numRuns: 3000 },
    );
  });
});
