import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseMoney } from '../../src/core/money.ts';
import { NumberText } from '../../src/core/yaml.ts';
import { listFiles } from '../../src/model/content-files.ts';
import { ContentLinkError } from '../../src/model/list-files.ts';
import { sourceOf } from '../../src/model/load.ts';
import { pathFor } from '../../src/model/content-files.ts';
import { DOCUMENT_TYPES } from '../../src/model/document-types.ts';
import type { FileIndex } from '../../src/model/load.ts';
import { folderOf, isRegular } from '../../src/rules/check-scopes.ts';
import { isCalendarDay } from '../../src/schemas/common.ts';
import { documentSchemas, documentTypes, isDocumentType, orgSchema } from '../../src/schemas/index.ts';
import { ROOT } from './helpers/run-plan.ts';

/** The check the date schema made before it had a fast path: Date's own reading of the day. */
const dateReads = (value: string) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('the date check answers as Date does', () => {
  it('for every month and day written with two digits, in leap, common and century years', () => {
    for (const year of [0, 1, 4, 100, 1900, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 99; month++) {
        for (let day = 0; day <= 99; day++) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDay(value), value).toBe(dateReads(value));
        }
      }
    }
  });

  it('for 29 February of every four-digit year, and for strings of other shapes', () => {
    for (let year = 0; year <= 9999; year++) expect(isCalendarDay(`${pad(year, 4)}-02-29`)).toBe(dateReads(`${pad(year, 4)}-02-29`));
    for (const value of ['2026-1-05', '2026-02-3', '20260205', '2026-02-05 ', '+2026-02-05', '2026-02-05T00:00:00Z', '', '２０２６-０２-０５', '2026-02-30']) {
      expect(isCalendarDay(value), value).toBe(dateReads(value));
    }
  });
});

describe('plain whole yuan read without the scanner', () => {
  it('give what the scanner gives for the same amount written with a leading space', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,16}$/), (digits) => {
        // A refusal quotes the input as written, space and all; a leading zero is refused either way.
        const [fast, scanned] = [parseMoney(digits), parseMoney(` ${digits}`)];
        expect(fast.ok ? fast : fast.ok).toEqual(scanned.ok ? scanned : scanned.ok);
        expect(fast.ok).toBe(!/^0\d/.test(digits));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Every document and org file of the demo and the fixtures, as parsed frontmatter. */
async function contentData(): Promise<{ file: string; data: Record<string, unknown> }[]> {
  const out: { file: string; data: Record<string, unknown> }[] = [];
  for (const dir of ['content', 'tests/fixtures']) {
    for (const file of await listFiles(path.join(ROOT, dir))) {
      if (!/\.(mdx?|ya?ml)$/.test(file)) continue;
      try {
        const { data } = sourceOf(readFileSync(path.join(ROOT, dir, file), 'utf8'), file);
        if (typeof data === 'object' && data !== null && !Array.isArray(data)) out.push({ file: `${dir}/${file}`, data: data as Record<string, unknown> });
      } catch {
        // Unreadable files never reach a schema.
      }
    }
  }
  return out;
}

const schemaOf = (data: Record<string, unknown>): z.ZodType => (isDocumentType(data['type']) ? documentSchemas[data['type']] : orgSchema) as z.ZodType;

/** A schema's answer as a check sees it: the data, or every issue with its path and message. */
const answer = (schema: z.ZodType, data: unknown) => {
  const parsed = schema.safeParse(data);
  return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues };
};

/** Values a person might write, or a mistake might leave, in place of any field. */
const REPLACEMENTS: unknown[] = [
  undefined, null, '', 'x', 'a\u0007b', '2026-02-30', '2026-2-3', '１２', '12万', '1,200.50元', '-5', '¥300万元', 'approved', 'east', 'Zhang San', [], ['x'], {}, { extra: 1 }, true,
  new NumberText('0', 0), new NumberText('12', 12), new NumberText('-3', -3), new NumberText('1.5', 1.5), new NumberText('0x1F', 31), new NumberText('1e3', 1000), new NumberText('2027', 2027), new NumberText('99999999999999999', 99999999999999999n),
];

/** Every path to a value inside `data`, arrays and mappings included. */
function pathsIn(data: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(data)) data.forEach((item, index) => out.push(...pathsIn(item, [...at, index])));
  else if (data instanceof NumberText) return out;
  else if (typeof data === 'object' && data !== null) for (const [key, value] of Object.entries(data)) out.push(...pathsIn(value, [...at, key]));
  return out;
}

/** `data` with the value at `at` replaced (or removed, for undefined); the original is left alone. */
function replaced(data: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(data) ? [...data] : { ...(data as Record<string, unknown>) }) as Record<string | number, unknown>;
  const next = replaced(copy[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy;
}

describe('schemas compiled by zod (z.compile, as the load validates) answer as the schemas do', () => {
  it('on every demo and fixture file as written', async () => {
    const files = await contentData();
    expect(files.length).toBeGreaterThan(200);
    let valid = 0;
    for (const { file, data } of files) {
      const schema = schemaOf(data);
      const expected = answer(schema, data);
      if ('data' in expected) valid++;
      expect(answer(z.compile(schema), data), file).toEqual(expected);
    }
    expect(valid).toBeGreaterThan(100);
  });

  it('on those files with any one value replaced by another kind of value, or removed', async () => {
    const files = await contentData();
    const compiled = new Map<z.ZodType, z.ZodType>();
    const fast = (schema: z.ZodType) => compiled.get(schema) ?? compiled.set(schema, z.compile(schema)).get(schema) as z.ZodType;
    let failed = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...REPLACEMENTS), fc.boolean(), (fileIndex, pathIndex, value, addKey) => {
        const { data } = files[fileIndex % files.length] as (typeof files)[number];
        const paths = pathsIn(data).slice(1);
        const at = paths[pathIndex % paths.length] ?? [];
        // Replacing the type would only swap schemas; an added key at the same level tests strictness instead.
        const changed = at[0] === 'type' ? { ...data, extra: value } : replaced(addKey ? { ...data, extraKey: 1 } : data, at, value);
        const schema = schemaOf(data);
        const expected = answer(schema, changed);
        if ('issues' in expected) failed++;
        expect(answer(fast(schema), changed)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    expect(failed).toBeGreaterThan(1000);
  });
});

/** How folderOf read a path before it was scanned by hand. */
function folderByPattern(relative: string): string {
  const inside = /^(\d{4})\/(people|units)\/([^/]+)\//.exec(relative);
  if (inside) return `${inside[1]}/${inside[2]}/${inside[3]}`;
  return /^(\d{4})\//.exec(relative)?.[1] ?? '';
}

describe('the folder of a content path', () => {
  it('is what the regular expressions made of it, for paths built of the parts that matter', () => {
    const part = fc.constantFrom('2026', '202', '20261', '２０２６', 'people', 'units', 'peoples', 'unit', 'p-1', 'east', '', 'plan.mdx', '/', '\n', 'a/b');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), fc.boolean(), (parts, slash) => {
        const relative = parts.join('/') + (slash ? '/' : '');
        expect(folderOf(relative), JSON.stringify(relative)).toBe(folderByPattern(relative));
      }),
      { numRuns: 20_000 },
    );
    for (const relative of ['2026/people/p-1/plan.mdx', '2026/units/east/budget.mdx', '2026/org.yaml', '2026/people/p-1', '2026/people//x', 'x2026/people/p-1/a', '2026', '2026/', '']) {
      expect(folderOf(relative), relative).toBe(folderByPattern(relative));
    }
  });
});

describe('whether a document sits in the folder its frontmatter names', () => {
  it('is the folder of the path its type, year, unit and person fill in, with or without the fast path for people', () => {
    const part = fc.constantFrom('2026', '2025', '202', '20261', 'people', 'units', 'p-1', 'p-2', 'east', '', 'a/b', '01.report.mdx', 'plan.mdx');
    const inFolder = (path: string, data: Record<string, unknown>) => folderOf(path) === folderOf(pathFor({ kind: 'document', year: data['year'] as number, type: data['type'] as never, unit: DOCUMENT_TYPES[data['type'] as keyof typeof DOCUMENT_TYPES].scope === 'unit' ? ((data['unit'] as string | undefined) ?? '') : '', person: (data['person'] as string | undefined) ?? '', month: (data['month'] as number | undefined) ?? 0 }));
    fc.assert(
      fc.property(fc.oneof(fc.array(part, { minLength: 1, maxLength: 5 }), fc.tuple(fc.constantFrom('2026', '2025'), fc.constantFrom('people', 'units'), fc.constantFrom('p-1', 'p-2', 'east'), fc.constantFrom('plan.mdx', '01.report.mdx'))), fc.constantFrom(...documentTypes), fc.constantFrom(2026, 2025, 202, 20261), fc.option(fc.constantFrom('p-1', 'p-2', 'east', '', 'a/b'), { nil: undefined }), fc.option(fc.constantFrom('east', 'west', ''), { nil: undefined }), (parts, type, year, person, unit) => {
        const data = { type, year, month: 1, ...(person === undefined ? {} : { person }), ...(unit === undefined ? {} : { unit }) };
        const index: FileIndex = { path: parts.join('/'), kind: 'document', data, invalid: false, problems: [], body: '', bodyLine: 1 };
        expect(isRegular(index), JSON.stringify(index)).toBe(inFolder(index.path, data));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the content listing', () => {
  it('lists files in folders at any depth, sorted as strings, without dot-files or dot-folders', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-list-'));
    for (const file of ['2026/people/p-10/plan.mdx', '2026/people/p-1/plan.mdx', '2026/people/p-1.a/plan.mdx', '2026/org.yaml', 'a b/ü.mdx', '2026/.drafts/x.mdx', '2026/people/p-1/.plan.mdx.swp', '.git/config', 'notes.txt']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    symlinkSync(path.join(dir, 'notes.txt'), path.join(dir, '.hidden-link'));
    expect(await listFiles(dir)).toEqual(['2026/org.yaml', '2026/people/p-1.a/plan.mdx', '2026/people/p-1/plan.mdx', '2026/people/p-10/plan.mdx', 'a b/ü.mdx', 'notes.txt']);
  });

  it('refuses symbolic links, naming each with its target: a linked folder was left out of every total with nothing said', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-list-'));
    mkdirSync(path.join(dir, '2026/people/p-1'), { recursive: true });
    writeFileSync(path.join(dir, '2026/people/p-1/plan.mdx'), '');
    symlinkSync(path.join(dir, '2026'), path.join(dir, '2027'));
    symlinkSync('plan.mdx', path.join(dir, '2026/people/p-1/05.plan.mdx'));
    const refused = await listFiles(dir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ContentLinkError);
    const error = refused as ContentLinkError;
    expect(error.exitCode).toBe(1);
    expect(error.text.en).toContain(`${dir}/2026/people/p-1/05.plan.mdx → plan.mdx\n  ${dir}/2027 → ${path.join(dir, '2026')}`);
    expect(error.text.en).toContain('2 symbolic links or special files');
    expect(error.text.zh).toContain('2 个符号链接或特殊文件');
  });
});
