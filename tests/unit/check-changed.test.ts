import { execFileSync } from 'node:child_process';
import fs, { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import git from 'isomorphic-git';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { blobId } from '../../src/rules/git-changes.ts';
import { rules, ruleScopes } from '../../src/rules/index.ts';
import { runPlan } from './helpers/run-plan.ts';

const AS_OF = '2026-11-30';
const repos: string[] = [];
afterAll(() => {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
});

/** A Git repository holding a small synthetic company (2 units × 2 people) as content/, committed on main. */
async function syntheticRepo(): Promise<{ dir: string; commit: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-changed-'));
  repos.push(dir);
  writeSyntheticCompany(path.join(dir, 'content'), { units: 2, perUnit: 2 });
  await git.init({ fs, dir, defaultBranch: 'main' });
  let tick = 0;
  const commit = async () => {
    const files = readdirSync(path.join(dir, 'content'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of files) await git.add({ fs, dir, filepath: path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/') });
    for (const [filepath, , worktree] of await git.statusMatrix({ fs, dir })) if (worktree === 0) await git.remove({ fs, dir, filepath });
    const when = { timestamp: 1_790_000_000 + 3600 * tick++, timezoneOffset: -480 };
    await git.commit({ fs, dir, message: `step ${tick}`, author: { name: 'Test', email: 'test@example.com', ...when } });
  };
  await commit();
  return { dir, commit };
}

/** One edit a pull request might make, applied to the working tree. */
type Edit =
  | { kind: 'amount'; person: number; month: number; report: boolean; yuan: number }
  | { kind: 'remove' | 'broken-yaml' | 'copy-to-other-person' | 'reindent'; person: number; month: number }
  | { kind: 'move-person'; person: number }
  | { kind: 'plan-unit'; person: number }
  | { kind: 'remove-person'; person: number }
  | { kind: 'budget'; unit: number; yuan: number }
  | { kind: 'org-name' }
  | { kind: 'year-file' }
  | { kind: 'revert'; person: number; month: number }
  | { kind: 'commit' };

const PEOPLE = ['p-1-1', 'p-1-2', 'p-2-1', 'p-2-2'];
const person = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const month = fc.integer({ min: 1, max: 12 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('amount' as const), person, month, report: fc.boolean(), yuan: fc.integer({ min: 0, max: 300_000 }) }),
  fc.record({ kind: fc.constantFrom('remove' as const, 'broken-yaml' as const, 'copy-to-other-person' as const, 'reindent' as const), person, month }),
  fc.record({ kind: fc.constantFrom('move-person' as const, 'plan-unit' as const, 'remove-person' as const), person }),
  fc.record({ kind: fc.constant('budget' as const), unit: fc.integer({ min: 1, max: 2 }), yuan: fc.integer({ min: 0, max: 10_000_000 }) }),
  fc.constantFrom({ kind: 'org-name' as const }, { kind: 'year-file' as const }),
  fc.record({ kind: fc.constant('revert' as const), person, month }),
  fc.constant({ kind: 'commit' as const }),
);

async function apply(repo: { dir: string; commit: () => Promise<void> }, change: Edit): Promise<void> {
  if (change.kind === 'commit') return repo.commit();
  const folder = path.join(repo.dir, 'content', '2026');
  const edit = (file: string, from: RegExp, to: (...match: string[]) => string) => {
    if (fs.existsSync(file)) writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  if (change.kind === 'budget') {
    // A unit's budget: the unit's allocation and the company's total are compared with it.
    return edit(path.join(folder, 'units', `unit-${change.unit}`, 'budget.mdx'), /^ {2}revenue: .*$/m, () => `  revenue: ${change.yuan}`);
  }
  if (change.kind === 'org-name') return edit(path.join(folder, 'org.yaml'), /^ {2}name: (.*)$/m, (_, name = '') => `  name: ${name}改`);
  if (change.kind === 'year-file') {
    // A file at the year's top that is not content (a warning), added or removed.
    const notes = path.join(folder, 'notes.txt');
    if (fs.existsSync(notes)) rmSync(notes);
    else writeFileSync(notes, 'notes\n');
    return;
  }
  const id = PEOPLE[change.person] ?? 'p-1-1';
  if (change.kind === 'remove-person') return rmSync(path.join(folder, 'people', id), { recursive: true, force: true });
  if (change.kind === 'plan-unit') {
    // The annual plan names the other unit: the person's figures move between units.
    return edit(path.join(folder, 'people', id, 'plan.mdx'), /^unit: unit-(\d)$/m, (_, unit = '1') => `unit: unit-${unit === '1' ? 2 : 1}`);
  }
  if (change.kind === 'move-person') {
    // An org change: the person now belongs to the other unit (unit figures and references move).
    const org = path.join(folder, 'org.yaml');
    const text = readFileSync(org, 'utf8');
    writeFileSync(org, text.replace(new RegExp(`(id: ${id},[^}]*unit: )unit-(\\d)`), (_, head: string, unit: string) => `${head}unit-${unit === '1' ? 2 : 1}`));
    return;
  }
  const mm = String(change.month).padStart(2, '0');
  const file = path.join(folder, 'people', id, `${mm}.${'report' in change && change.report ? 'report' : 'plan'}.mdx`);
  const exists = fs.existsSync(file);
  if (change.kind === 'remove') {
    if (exists) rmSync(file);
  } else if (change.kind === 'revert') {
    const relative = path.relative(repo.dir, file).split(path.sep).join('/');
    const oid = await git.resolveRef({ fs, dir: repo.dir, ref: 'main' });
    try {
      const { blob } = await git.readBlob({ fs, dir: repo.dir, oid, filepath: relative });
      writeFileSync(file, blob);
    } catch {
      // Not in the last commit: nothing to revert to.
    }
  } else if (!exists) {
    return;
  } else if (change.kind === 'amount') {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^(target| {2}revenue): .*$/m, (_, key: string) => `${key}: ${change.yuan}`));
  } else if (change.kind === 'reindent') {
    // The same figures written further right: a report's spend lines indented by four spaces (a warning at them moves with them).
    const report = file.replace(/plan\.mdx$/, 'report.mdx');
    edit(report, /^spend:\n((?: {2}.*\n)+)/m, (_, lines: string) => `spend:\n${lines.replace(/^ {2}/gm, '    ')}`);
  } else if (change.kind === 'broken-yaml') {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^month: (\d+)$/m, 'month: $1\nmonth: $1'));
  } else {
    const other = PEOPLE[(change.person + 1) % PEOPLE.length] ?? 'p-1-2';
    writeFileSync(path.join(folder, 'people', other, `${mm}.extra.mdx`), readFileSync(file));
  }
}

const NOTE = /^Since main: .*read and parsed.*$/m;

describe('plan check --changed BASE', { timeout: 600_000 }, () => {
  it("names a file's Git blob id as git hash-object does", () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(blobId(Buffer.from('hello\n'))).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('reports exactly what a full check reports, over random edits, reusing the cache', async () => {
    const parsed: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
        const repo = await syntheticRepo();
        // The base's check fills the cache, as a check of main would before a pull request; its note is in the reader's language.
        const base = await runPlan(['check', '--changed', 'main', '--as-of', AS_OF], repo.dir);
        expect(base.stdout).toMatch(/^自 main 以来有 0 个文件改动；\d+ 个文件全部读取并解析，没有取自 \.planbook-cache/m);
        for (const change of edits) {
          await apply(repo, change);
          const full = await runPlan(['check', '--lang', 'en', '--as-of', AS_OF], repo.dir);
          const changed = await runPlan(['check', '--lang', 'en', '--changed', 'main', '--as-of', AS_OF], repo.dir);
          const note = NOTE.exec(changed.stdout)?.[0] ?? '';
          parsed.push(Number(/(\d+) of \d+ read and parsed/.exec(note)?.[1]));
          expect({ code: changed.code, stdout: changed.stdout.replace(NOTE, '').trimEnd(), stderr: changed.stderr }).toEqual({ code: full.code, stdout: full.stdout.trimEnd(), stderr: full.stderr });
          // The JSON report (every diagnostic with its figures, the years' totals) is the same too.
          const json = await runPlan(['check', '--lang', 'en', '--changed', 'main', '--as-of', AS_OF, '--format', 'json'], repo.dir);
          expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await runPlan(['check', '--lang', 'en', '--as-of', AS_OF, '--format', 'json'], repo.dir)).stdout));
        }
      }),
      { numRuns: 8, seed: 13 },
    );
    // The cache was used: most incremental checks parsed only the file or two an edit touched.
    expect(parsed.filter((count) => count <= 2).length).toBeGreaterThan(parsed.length / 2);
  });

  it("moves a unit's report at a file whose figures moved, though the figures the unit reads did not change", async () => {
    const repo = await syntheticRepo();
    // A promotion budget of 1,500 yuan: the second month's spend (1,000 a month) goes over it.
    const budget = path.join(repo.dir, 'content', '2026', 'units', 'unit-1', 'budget.mdx');
    writeFileSync(budget, readFileSync(budget, 'utf8').replace(/^ {4}promotion: .*$/m, '    promotion: 1500'));
    await repo.commit();
    const args = ['check', '--lang', 'en', '--as-of', AS_OF, '--format', 'json'];
    // The cache as a check of main leaves it (the lines no longer add up to the total: an error, which it keeps).
    await runPlan([...args, '--changed', 'main'], repo.dir);
    const spendOver = (json: string) => (JSON.parse(json) as { diagnostics: { rule: string; file: string; line: number; column: number }[] }).diagnostics.find((diagnostic) => diagnostic.rule === 'spend-over-budget');
    const before = spendOver((await runPlan(args, repo.dir)).stdout);
    const [, person = '', month = ''] = /^content\/2026\/people\/(p-1-\d)\/(\d\d)\.report\.mdx$/.exec(before?.file ?? '') ?? [];
    expect(PEOPLE).toContain(person);
    await apply(repo, { kind: 'reindent', person: PEOPLE.indexOf(person), month: Number(month) });
    const full = await runPlan(args, repo.dir);
    expect(spendOver(full.stdout)?.column).not.toBe(before?.column);
    expect(JSON.parse((await runPlan([...args, '--changed', 'main'], repo.dir)).stdout)).toEqual(JSON.parse(full.stdout));
  });

  /** `plan check ARGS` of HEAD's tree alone: in a clean checkout of it beside the repository (file names as in the repository). */
  async function checkOfHead(dir: string, args: string[]) {
    const checkout = mkdtempSync(path.join(tmpdir(), 'planbook-head-'));
    repos.push(checkout);
    execFileSync('git', ['worktree', 'add', '-q', '--detach', '-f', checkout, 'HEAD'], { cwd: dir });
    try {
      return await runPlan(args, checkout);
    } finally {
      execFileSync('git', ['worktree', 'remove', '--force', checkout], { cwd: dir });
    }
  }

  const SINCE_BASE = /^Since base\.\.HEAD: .*read and parsed.*$/m;

  it('--changed BASE..HEAD reports exactly what a full check of HEAD reports, over random commits with random uncommitted edits beside them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(edit, edit), { minLength: 1, maxLength: 4 }), async (steps) => {
        const repo = await syntheticRepo();
        await git.tag({ fs, dir: repo.dir, ref: 'base' });
        for (const [committed, uncommitted] of steps) {
          await apply(repo, committed);
          await repo.commit();
          // Left in the working tree: it must not count.
          await apply(repo, uncommitted);
          for (const format of ['text', 'json']) {
            const args = ['check', '--lang', 'en', '--as-of', AS_OF, '--format', format];
            const changed = await runPlan([...args, '--changed', 'base..HEAD'], repo.dir);
            const full = await checkOfHead(repo.dir, args);
            if (format === 'json') expect(JSON.parse(changed.stdout)).toEqual(JSON.parse(full.stdout));
            else expect({ code: changed.code, stdout: changed.stdout.replace(SINCE_BASE, '').trimEnd(), stderr: changed.stderr }).toEqual({ code: full.code, stdout: full.stdout.trimEnd(), stderr: full.stderr });
          }
          // The cache it leaves serves a check of the working tree too (uncommitted edit and all).
          const args = ['check', '--lang', 'en', '--as-of', AS_OF, '--format', 'json'];
          expect(JSON.parse((await runPlan([...args, '--changed', 'base'], repo.dir)).stdout)).toEqual(JSON.parse((await runPlan(args, repo.dir)).stdout));
        }
      }),
      { numRuns: 6, seed: 13 },
    );
  });

  it('--changed BASE..HEAD leaves an uncommitted edit out, with or without a cache; --changed BASE counts it', async () => {
    const repo = await syntheticRepo();
    await git.tag({ fs, dir: repo.dir, ref: 'base' });
    // The cache as a check of the base leaves it.
    expect((await runPlan(['check', '--changed', 'base', '--as-of', AS_OF], repo.dir)).code).toBe(0);
    const plan = path.join(repo.dir, 'content', '2026', 'people', 'p-1-1', 'plan.mdx');
    const text = readFileSync(plan, 'utf8');
    // Committed: the annual target no longer matches the months (an error).
    writeFileSync(plan, text.replace(/^ {2}revenue: (\d+)$/m, (_, yuan: string) => `  revenue: ${Number(yuan) + 1}`));
    await repo.commit();
    // Uncommitted: the fix, a line above the figures (a position read from the working tree would be a line off), and a new file.
    writeFileSync(plan, text.replace(/^---\n/, '---\n# 草稿\n'));
    writeFileSync(path.join(repo.dir, 'content', '2026', 'notes.txt'), 'notes\n');
    const args = ['check', '--lang', 'en', '--as-of', AS_OF];
    const head = await checkOfHead(repo.dir, args);
    const workingTree = await runPlan(args, repo.dir);
    expect(head.code).toBe(1);
    expect(workingTree.code).toBe(0);
    for (const cache of ['kept', 'none']) {
      if (cache === 'none') rmSync(path.join(repo.dir, '.planbook-cache'), { recursive: true, force: true });
      const changed = await runPlan([...args, '--changed', 'base..HEAD'], repo.dir);
      expect({ code: changed.code, stdout: changed.stdout.replace(SINCE_BASE, '').trimEnd(), stderr: changed.stderr }).toEqual({ code: head.code, stdout: head.stdout.trimEnd(), stderr: head.stderr });
      // What changed is the commit's one file; the note counts the commit only.
      // With the cache, only what changed is read; without it every file (and the note says none came from the cache).
      expect(changed.stdout).toMatch(cache === 'kept' ? /^Since base\.\.HEAD: 1 file changed; \d+ of \d+ read and parsed, the others from/m : /^Since base\.\.HEAD: 1 file changed; all \d+ read and parsed, none from/m);
    }
    const changedWorkingTree = await runPlan([...args, '--changed', 'base'], repo.dir);
    expect({ code: changedWorkingTree.code, stdout: changedWorkingTree.stdout.replace(/^Since base: .*$/m, '').trimEnd() }).toEqual({ code: 0, stdout: workingTree.stdout.trimEnd() });
    expect(changedWorkingTree.stdout).toMatch(/^Since base: 2 files changed;/m);
  });

  it('works in a SHA-256 repository as in a SHA-1 one: an uncommitted edit, a committed one read from the cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-sha256-'));
    repos.push(dir);
    writeSyntheticCompany(path.join(dir, 'content'), { units: 2, perUnit: 2 });
    const run = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
    run('init', '-q', '--object-format=sha256', '-b', 'main');
    run('add', '-A');
    run('commit', '-q', '-m', 'base');
    const args = ['check', '--lang', 'en', '--as-of', AS_OF];
    expect((await runPlan([...args, '--changed', 'main'], dir)).code).toBe(0);
    const plan = path.join(dir, 'content', '2026', 'people', 'p-1-1', 'plan.mdx');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^ {2}revenue: (\d+)$/m, (_, yuan: string) => `  revenue: ${Number(yuan) + 1}`));
    const full = await runPlan(args, dir);
    expect(full.code).toBe(1);
    const edited = await runPlan([...args, '--changed', 'main'], dir);
    expect(edited.stdout).toMatch(/^Since main: 1 file changed; 1 of \d+ read and parsed, the others from/m);
    expect({ code: edited.code, stdout: edited.stdout.replace(/^Since main: .*$/m, '').trimEnd() }).toEqual({ code: 1, stdout: full.stdout.trimEnd() });
    run('checkout', '-q', '-b', 'pr');
    run('commit', '-q', '-am', 'revenue');
    const committed = await runPlan([...args, '--changed', 'main..HEAD'], dir);
    expect(committed.stdout).toMatch(/^Since main\.\.HEAD: 1 file changed; \d+ of \d+ read and parsed, the others from/m);
    expect({ code: committed.code, stdout: committed.stdout.replace(/^Since main\.\.HEAD: .*$/m, '').trimEnd() }).toEqual({ code: 1, stdout: full.stdout.trimEnd() });
  });

  it('refuses a symbolic link in the content as a full check refuses it: in the working tree (--changed BASE) and committed (--changed BASE..HEAD)', async () => {
    const repo = await syntheticRepo();
    await git.tag({ fs, dir: repo.dir, ref: 'base' });
    expect((await runPlan(['check', '--changed', 'base', '--as-of', AS_OF], repo.dir)).code).toBe(0);
    // A person folder linked under another name: skipped, its figures were left out of every total.
    fs.symlinkSync('p-1-1', path.join(repo.dir, 'content', '2026', 'people', 'p-9-9'));
    const args = ['check', '--lang', 'en', '--as-of', AS_OF];
    const full = await runPlan(args, repo.dir);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain('content/2026/people/p-9-9 → p-1-1');
    const changed = await runPlan([...args, '--changed', 'base'], repo.dir);
    expect({ code: changed.code, stderr: changed.stderr }).toEqual({ code: 1, stderr: full.stderr });
    execFileSync('git', ['add', 'content'], { cwd: repo.dir });
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'link'], { cwd: repo.dir });
    for (const cache of ['kept', 'none']) {
      if (cache === 'none') rmSync(path.join(repo.dir, '.planbook-cache'), { recursive: true, force: true });
      const committed = await runPlan([...args, '--changed', 'base..HEAD'], repo.dir);
      expect({ cache, code: committed.code, stderr: committed.stderr }).toEqual({ cache, code: 1, stderr: full.stderr });
    }
  });

  it('--changed BASE..HEAD places a report at an unchanged file beside the changed one as HEAD has it, whether or not the working tree holds it so', async () => {
    const repo = await syntheticRepo();
    await git.tag({ fs, dir: repo.dir, ref: 'base' });
    expect((await runPlan(['check', '--changed', 'base', '--as-of', AS_OF], repo.dir)).code).toBe(0);
    // Committed: March's target no longer matches the annual plan's March, which is reported at plan.mdx (not committed).
    const march = path.join(repo.dir, 'content', '2026', 'people', 'p-1-1', '03.plan.mdx');
    writeFileSync(march, readFileSync(march, 'utf8').replace(/^target: (\d+)$/m, (_, yuan: string) => `target: ${Number(yuan) + 100}`));
    await repo.commit();
    const args = ['check', '--lang', 'en', '--as-of', AS_OF];
    const head = await checkOfHead(repo.dir, args);
    expect(head.stdout).toMatch(/^content\/2026\/people\/p-1-1\/plan\.mdx\n +15:5 +error .*\[month-matches-plan\]$/m);
    const cache = path.join(repo.dir, '.planbook-cache');
    const kept = mkdtempSync(path.join(tmpdir(), 'planbook-cache-kept-'));
    repos.push(kept);
    cpSync(cache, kept, { recursive: true });
    const plan = path.join(repo.dir, 'content', '2026', 'people', 'p-1-1', 'plan.mdx');
    const text = readFileSync(plan, 'utf8');
    // As checked out (read from disk), then with a line added above the figures (a position read from disk would be a line off).
    for (const working of [text, text.replace(/^---\n/, '---\n# 草稿\n')]) {
      writeFileSync(plan, working);
      rmSync(cache, { recursive: true, force: true });
      cpSync(kept, cache, { recursive: true });
      const changed = await runPlan([...args, '--changed', 'base..HEAD'], repo.dir);
      expect(changed.stdout).toMatch(/^Since base\.\.HEAD: 1 file changed; 1 of \d+ read and parsed/m);
      expect({ code: changed.code, stdout: changed.stdout.replace(SINCE_BASE, '').trimEnd(), stderr: changed.stderr }).toEqual({ code: head.code, stdout: head.stdout.trimEnd(), stderr: head.stderr });
    }
  });

  it('refuses --changed BASE..REV when REV is not the commit checked out, and BASE...HEAD', async () => {
    const repo = await syntheticRepo();
    await git.tag({ fs, dir: repo.dir, ref: 'base' });
    await apply(repo, { kind: 'amount', person: 0, month: 3, report: true, yuan: 1 });
    await repo.commit();
    const other = await runPlan(['check', '--lang', 'en', '--changed', 'HEAD..base', '--as-of', AS_OF], repo.dir);
    expect({ code: other.code, stdout: other.stdout }).toEqual({ code: 2, stdout: '' });
    expect(other.stderr).toContain('Unexpected --changed HEAD..base: base is not the commit checked out');
    const symmetric = await runPlan(['check', '--lang', 'en', '--changed', 'base...HEAD', '--as-of', AS_OF], repo.dir);
    expect(symmetric.code).toBe(2);
    expect(symmetric.stderr).toContain('Unexpected --changed "base...HEAD": expected BASE');
    // In Chinese by default, as every other usage error of plan check.
    const zh = await runPlan(['check', '--changed', 'HEAD..base', '--as-of', AS_OF], repo.dir);
    expect({ code: zh.code, stderr: zh.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('--changed HEAD..base 无效：base 不是') });
    const missing = await runPlan(['check', '--changed', 'no-such-base..HEAD', '--as-of', AS_OF], repo.dir);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('引用 "no-such-base" 无效：仓库') });
  });

  it('puts every rule in exactly one scope', () => {
    const scoped = [...ruleScopes.folder, ...ruleScopes.unit, ...ruleScopes.year];
    expect(new Set(scoped).size).toBe(scoped.length);
    expect(new Set(scoped)).toEqual(new Set(rules));
  });

  it("gives a full check's report when the cache cannot be written, and says so on stderr", async () => {
    const repo = await syntheticRepo();
    // A file where the cache's folder should be: nothing can be written under it.
    writeFileSync(path.join(repo.dir, '.planbook-cache'), 'not a folder\n');
    const full = await runPlan(['check', '--lang', 'en', '--as-of', AS_OF], repo.dir);
    const changed = await runPlan(['check', '--lang', 'en', '--changed', 'main', '--as-of', AS_OF], repo.dir);
    expect(changed.code).toBe(full.code);
    expect(changed.stdout.startsWith(full.stdout.trimEnd())).toBe(true);
    expect(changed.stderr).toMatch(/note: could not write the cache \.planbook-cache\/check \(ENOTDIR/);
  });

  it.each(['folders', 'shards'])('takes a cache part of the wrong shape (%s) for a miss, not an internal error', async (kind) => {
    const repo = await syntheticRepo();
    expect((await runPlan(['check', '--changed', 'main', '--as-of', AS_OF], repo.dir)).code).toBe(0);
    const parts = path.join(repo.dir, '.planbook-cache', 'check', kind);
    for (const part of readdirSync(parts)) writeFileSync(path.join(parts, part), 'null');
    const report = path.join(repo.dir, 'content', '2026', 'people', 'p-1-1', '03.report.mdx');
    writeFileSync(report, readFileSync(report, 'utf8').replace(/^ {2}revenue: (\d+)$/m, (_, yuan: string) => `  revenue: ${Number(yuan) + 1}`));
    const full = await runPlan(['check', '--lang', 'en', '--as-of', AS_OF, '--format', 'json'], repo.dir);
    const changed = await runPlan(['check', '--lang', 'en', '--changed', 'main', '--as-of', AS_OF, '--format', 'json'], repo.dir);
    expect({ code: changed.code, stderr: changed.stderr }).toEqual({ code: full.code, stderr: full.stderr });
    expect(JSON.parse(changed.stdout)).toEqual(JSON.parse(full.stdout));
  });

  it('says --changed needs a Git repository when the content is in none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-no-git-'));
    repos.push(dir);
    writeSyntheticCompany(path.join(dir, 'content'), { units: 1, perUnit: 1 });
    const en = await runPlan(['check', '--lang', 'en', '--changed', 'main', '--as-of', AS_OF], dir);
    expect({ code: en.code, stdout: en.stdout }).toEqual({ code: 2, stdout: '' });
    expect(en.stderr).toContain('Unexpected --changed outside a Git repository: content is in none');
    const zh = await runPlan(['check', '--changed', 'main', '--as-of', AS_OF], dir);
    expect(zh.stderr).toContain('--changed 需要 Git 仓库：content 不在任何 Git 仓库中');
  });

  it('refuses a content folder outside the repository, in Chinese by default and in English with --lang en', async () => {
    const repo = await syntheticRepo();
    const outside = path.join(repo.dir, '..');
    const zh = await runPlan(['check', '--changed', 'main', '--content', outside], repo.dir);
    expect({ code: zh.code, stdout: zh.stdout }).toEqual({ code: 2, stdout: '' });
    expect(zh.stderr).toContain(`--changed 要求内容目录在 ${repo.dir} 的仓库之内`);
    const en = await runPlan(['check', '--lang', 'en', '--changed', 'main', '--content', outside], repo.dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`Unexpected --changed with a content folder outside the repository at ${repo.dir}, expected the folder inside it`);
  });
});
