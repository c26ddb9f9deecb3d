import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PAGEFIND_GLOB } from '../../scripts/build.ts';
import { mergeShards, siteFiles } from '../../scripts/lib/merge-shards.ts';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { bin, ROOT, toolEnv } from '../../scripts/lib/run-tool.ts';
import { parseShard, unitGroups } from '../../src/site/shard.ts';
import { renumberChartIds } from './helpers/chart-ids.ts';


const work = mkdtempSync(path.join(tmpdir(), 'planbook-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `astro build` of the synthetic company into `out`, optionally one shard of it. */
function astroBuild(out: string, shard = '') {
  const env = toolEnv({ ...process.env, PLANBOOK_CONTENT: path.join(work, 'content'), PLANBOOK_AS_OF: '2026-06-30', PLANBOOK_OUT_DIR: out, PLANBOOK_CACHE_DIR: `${out}-cache`, PLANBOOK_SHARD: shard });
  const run = spawnSync(bin('astro'), ['build', '--silent'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

function indexSearch(site: string) {
  const run = spawnSync(bin('pagefind'), ['--site', site, '--glob', PAGEFIND_GLOB, '--silent'], { cwd: ROOT, env: toolEnv(), encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

describe('shards: which units each builds', () => {
  it('reads "k/n" and refuses anything else with the expected form, in the build’s language', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(undefined)).toBeUndefined();
    try {
      vi.stubEnv('PLANBOOK_LANG', 'en');
      for (const wrong of ['0/2', '3/2', '2', 'a/b']) expect(() => parseShard(wrong)).toThrow(`PLANBOOK_SHARD must be "k/n" with 1 ≤ k ≤ n, e.g. "2/4"; got "${wrong}"`);
      vi.stubEnv('PLANBOOK_LANG', '');
      expect(() => parseShard('3/2')).toThrow('PLANBOOK_SHARD 应为 "k/n"，且 1 ≤ k ≤ n，如 "2/4"；实际为 "3/2"');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('balances units by people, every unit in exactly one group', () => {
    const unit = (id: string, people: number) => ({ id, people: Array.from({ length: people }) });
    const site = { years: [{ rollup: { units: [unit('a', 10), unit('b', 6), unit('c', 5), unit('d', 1)] } }] } as unknown as Parameters<typeof unitGroups>[0];
    expect(unitGroups(site, 2)).toEqual([['a', 'd'], ['b', 'c']]);
    expect(unitGroups(site, 2).flat().sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a build split by unit (PLANBOOK_SHARD=k/n) merges into the site one build makes', () => {
  it('two shards of a three-unit company: same files, same bytes (chart ids renumbered), same search index', () => {
    writeSyntheticCompany(path.join(work, 'content'), { units: 3, perUnit: 2 });
    const single = path.join(work, 'single');
    astroBuild(single);
    astroBuild(path.join(work, 'shard-1'), '1/2');
    astroBuild(path.join(work, 'shard-2'), '2/2');
    const merged = path.join(work, 'merged');
    const { shared } = mergeShards([path.join(work, 'shard-1'), path.join(work, 'shard-2')], merged);
    // Each shard has its own pages: the second one has a unit's page and its people's, not the overview.
    const second = siteFiles(path.join(work, 'shard-2'));
    expect(second.some((file) => /^2026\/units\/unit-\d\/index\.html$/.test(file))).toBe(true);
    expect(second).not.toContain('index.html');
    expect(shared).toBeGreaterThan(0);

    indexSearch(single);
    indexSearch(merged);
    const files = siteFiles(single);
    expect(siteFiles(merged)).toEqual(files);
    expect(files).toContain('2026/people/p-3-2/index.html');
    const differing = files.filter((file) => {
      const [a, b] = [readFileSync(path.join(single, file)), readFileSync(path.join(merged, file))];
      if (a.equals(b)) return false;
      return !file.endsWith('.html') || renumberChartIds(a.toString('utf8')) !== renumberChartIds(b.toString('utf8'));
    });
    expect(differing).toEqual([]);
  }, 600_000);
});
