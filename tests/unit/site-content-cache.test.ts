import { isAscii } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadResult } from '../../src/model/load.ts';
import { changedFiles, loadCachedSiteContent, writeSnapshotFile } from '../../src/site/content-cache.ts';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { PARALLEL_MIN_FILES } from '../../src/model/load-parallel.ts';
import { MINIMAL, minimalWith } from './helpers/fixture-edits.ts';

// The rebuild's content cache (src/site/content-cache.ts): a rebuild reads only the files it is told
// changed, and gets the LoadResult a full read gives; any part of the cache that is missing or
// unreadable makes it read everything (a full build), never build from an older file.

const REPORT = '2026/people/zhang-wei/01.report.mdx';

/** What the portal reads of a load: each document's path, data and body, the orgs and the diagnostics. */
const shape = (load: LoadResult) => ({
  documents: load.documents.map((document) => ({ path: document.path, data: document.data, body: document.body, bodyLine: document.bodyLine })),
  orgs: load.orgs.map((org) => ({ path: org.path, data: org.data })),
  diagnostics: load.diagnostics,
  fileCount: load.fileCount,
});

function company() {
  const content = minimalWith();
  const cache = mkdtempSync(path.join(tmpdir(), 'planbook-site-cache-'));
  const list = path.join(cache, '..', `${path.basename(cache)}-changed.txt`);
  const rebuild = async (...changed: string[]) => {
    writeFileSync(list, `${changed.join('\n')}\n`);
    return loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache, PLANBOOK_CHANGED: list });
  };
  const edit = (file: string, find: string, replace: string) => {
    const full = path.join(content, file);
    const text = readFileSync(full, 'utf8');
    expect(text).toContain(find);
    writeFileSync(full, text.replace(find, replace));
  };
  const cleanUp = () => {
    rmSync(path.dirname(content), { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(list, { force: true });
  };
  return { content, cache, rebuild, edit, cleanUp };
}

describe('the site content cache', () => {
  // The unit tests share one module graph: a load without the cache leaves no list of changes behind
  // (src/site/affected.ts would otherwise select pages for another file's siteData()).
  afterAll(async () => {
    await loadCachedSiteContent(MINIMAL, {});
  });

  it('a rebuild told of one edited file reads it again and gives what a full read gives, twice over (snapshot, then snapshot and changes)', async () => {
    const { content, cache, rebuild, edit, cleanUp } = company();
    try {
      await loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache });
      expect(changedFiles()).toBeUndefined();

      edit(REPORT, 'revenue: 213,500', 'revenue: 223,500');
      const first = await rebuild(REPORT);
      expect(changedFiles()).toEqual([{ path: REPORT, authors: ['zhang-wei'] }]);
      expect(shape(first)).toEqual(shape(await loadContent(content)));
      expect(first.documents.find((document) => document.path === REPORT)?.data).toMatchObject({ actual: { revenue: 22_350_000 } });

      // The next rebuild reads the first one's change from the changes part, not the older snapshot.
      edit('2026/people/li-na/01.plan.mdx', 'status: approved', 'status: review');
      const second = await rebuild('2026/people/li-na/01.plan.mdx');
      expect(changedFiles()?.map((file) => file.path)).toEqual(['2026/people/li-na/01.plan.mdx']);
      expect(shape(second)).toEqual(shape(await loadContent(content)));
    } finally {
      cleanUp();
    }
  });

  it('a file added or deleted without being named is found anyway', async () => {
    const { content, cache, rebuild, cleanUp } = company();
    try {
      await loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache });
      rmSync(path.join(content, REPORT));
      const load = await rebuild();
      expect(changedFiles()).toEqual([{ path: REPORT, authors: ['zhang-wei'] }]);
      expect(shape(load)).toEqual(shape(await loadContent(content)));
    } finally {
      cleanUp();
    }
  });

  it('a full read of a large company (on worker threads) caches what a full read gives', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'planbook-site-cache-'));
    try {
      const content = path.join(work, 'content');
      writeSyntheticCompany(content, { units: 2, perUnit: 101 });
      const cache = path.join(work, 'cache');
      const full = await loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache });
      expect(full.fileCount).toBeGreaterThanOrEqual(PARALLEL_MIN_FILES);
      const expected = shape(await loadContent(content));
      expect(shape(full)).toEqual(expected);
      writeFileSync(path.join(work, 'changed.txt'), '\n');
      expect(shape(await loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache, PLANBOOK_CHANGED: path.join(work, 'changed.txt') }))).toEqual(expected);
      expect(changedFiles()).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  for (const [part, spoil] of [
    ['the snapshot truncated', (cache: string) => writeFileSync(path.join(cache, 'content.snapshot'), readFileSync(path.join(cache, 'content.snapshot')).subarray(0, 100))],
    ['the changes deleted', (cache: string) => rmSync(path.join(cache, 'changes.v8'))],
    ['the changes unreadable', (cache: string) => writeFileSync(path.join(cache, 'changes.v8'), 'not a cache')],
    ['the head deleted', (cache: string) => rmSync(path.join(cache, 'content.json'))],
    ['the head unreadable', (cache: string) => writeFileSync(path.join(cache, 'content.json'), '{')],
  ] as const) {
    it(`${part}: everything is read again (a full build), never an older file`, async () => {
      const { content, cache, rebuild, edit, cleanUp } = company();
      try {
        await loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache });
        edit(REPORT, 'revenue: 213,500', 'revenue: 223,500');
        await rebuild(REPORT);
        spoil(cache);
        // Not named this time: only a full read can see the first edit once the changes part is gone.
        edit('2026/people/li-na/01.plan.mdx', 'status: approved', 'status: review');
        const load = await rebuild('2026/people/li-na/01.plan.mdx');
        expect(changedFiles()).toBeUndefined();
        expect(shape(load)).toEqual(shape(await loadContent(content)));
        // The full read filled the cache again: the next rebuild uses it.
        await rebuild();
        expect(changedFiles()).toEqual([]);
      } finally {
        cleanUp();
      }
    });
  }

  it('a snapshot is ASCII JSON when JSON gives it back exactly, else V8 serialization, which keeps undefined, -0, dates and maps', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-snapshot-'));
    const file = path.join(dir, 'content.snapshot');
    try {
      const index = (at: number) => ({ data: { target: 12_000_000 + at, title: '三月计划', groups: { retail: 1, online: -2 }, tags: ['a'], note: null, done: true }, body: '\uD800 报告 😀', bodyLine: 3 });
      // More indexes than are stringified at a time.
      const plain = { version: 4, id: 'a', paths: 'a.mdx\nb.mdx', indexes: Array.from({ length: 12_001 }, (_, at) => index(at)) };
      writeSnapshotFile(file, plain);
      const json = readFileSync(file);
      expect(json.toString('utf8', 0, 1)).toBe('{');
      // ASCII, so that it is read without decoding UTF-8.
      expect(isAscii(json)).toBe(true);
      expect(JSON.parse(json.toString('latin1'))).toStrictEqual(plain);
      for (const odd of [{ data: { note: undefined } }, { data: { figure: -0 } }, { data: { date: new Date('2026-03-01') } }, { data: { byMonth: new Map([[1, 2]]) } }, { data: { list: new Array<number>(2) } }]) {
        const snapshot = { ...plain, indexes: [...plain.indexes, odd] };
        writeSnapshotFile(file, snapshot);
        expect(deserialize(readFileSync(file))).toStrictEqual(snapshot);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
