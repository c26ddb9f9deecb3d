import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../scripts/commands/index.ts';
import { PlanbookError } from '../../src/core/errors.ts';
import { MissingYearError } from '../../src/cycle/content-years.ts';
import { GitRefError } from '../../src/approvals/git.ts';
import { runPlan } from './helpers/run-plan.ts';

const MINIMAL = 'tests/fixtures/minimal';

describe('one command registry', () => {
  it('answers --help for every command plan --help lists', async () => {
    const { stdout: listing } = await runPlan(['--lang', 'en', '--help']);
    for (const name of Object.keys(commands)) {
      expect(listing).toContain(`  ${name} `);
      const { code, stdout } = await runPlan(['--lang', 'en', name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^plan ${name} — `));
    }
  });

  it('names every option a command explains in its usage line too (plan export --help lacked --as-of and --content)', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const { stdout } = await runPlan(['--lang', lang, 'export', '--help']);
      const usage = stdout.slice(0, stdout.indexOf('\n\n', stdout.search(/^(Usage|用法)/m)));
      const explained = [...stdout.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]!);
      expect(explained.filter((flag) => !usage.includes(flag))).toEqual([]);
    }
  });

  it('answers plan help COMMAND as COMMAND --help, in both languages', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const asked = await runPlan(['--lang', lang, 'help', 'check']);
      expect(asked.code).toBe(0);
      expect(asked.stdout).toBe((await runPlan(['--lang', lang, 'check', '--help'])).stdout);
    }
  });
});

describe('one place maps errors to exit codes', () => {
  const original = commands['check']!.run;
  afterEach(() => {
    commands['check']!.run = original;
  });

  it('gives every expected error a code and an exit code', () => {
    expect(new MissingYearError('x')).toBeInstanceOf(PlanbookError);
    expect(new MissingYearError('x').exitCode).toBe(1);
    expect(new GitRefError('x').exitCode).toBe(2);
  });

  it('exits 1 for what the content does not allow, with one line and no stack', async () => {
    const { code, stderr } = await runPlan(['--lang', 'en', 'forecast', '2030', '--content', MINIMAL]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^plan forecast: No FY2030 organisation file .*years in the content: 2026\n$/);
  });

  it('exits 2 for a wrongly called command and says where the usage is', async () => {
    const { code, stderr } = await runPlan(['--lang', 'en', 'status', '--as-of', '2026-13-01', '--content', MINIMAL]);
    expect(code).toBe(2);
    expect(stderr).toBe('plan status: Unexpected --as-of "2026-13-01", expected a date like 2026-11-27\nRun plan status --help for usage.\n');
  });

  it('gives every refusal to overwrite exit 1, as the contract gives a refusal (2 is for usage)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-overwrite-'));
    for (const file of ['x.csv', 'x.pdf']) writeFileSync(path.join(dir, file), 'mine');
    const refusals = [
      ['export', '--format', 'csv', '--content', MINIMAL, '--out', path.join(dir, 'x.csv')],
      ['book', '2026', '--content', MINIMAL, '--out', path.join(dir, 'x.pdf')],
      ['new', 'monthly-report', '2026', 'zhang-wei', '01', '--content', MINIMAL],
    ];
    for (const args of refusals) {
      const { code, stderr } = await runPlan(['--lang', 'en', ...args]);
      expect({ args, code }).toEqual({ args, code: 1 });
      expect(stderr).toMatch(/^plan [a-z]+: [^\n]*(already exists|never overwrites)/);
    }
  });

  it('exits 2 with the system message for a path the system refuses', async () => {
    // A name longer than the file system takes: a missing folder, or one that is a file, is refused by plan export itself (scripts/lib/out-file.ts).
    const out = path.join(tmpdir(), `${'x'.repeat(300)}.csv`);
    const { code, stderr } = await runPlan(['--lang', 'en', 'export', '--format', 'csv', '--content', MINIMAL, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^plan export: The system refused .*x\.csv: ENAMETOOLONG/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('reports a bug as an internal error on one line, the stack only with PLANBOOK_DEBUG', async () => {
    commands['check']!.run = () => Promise.reject(new TypeError('boom'));
    const debug = process.env['PLANBOOK_DEBUG'];
    delete process.env['PLANBOOK_DEBUG'];
    const quiet = await runPlan(['--lang', 'en', 'check']);
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toMatch(/^plan check: internal error: boom \(a bug in Planbook[^\n]*\)\n$/);
    process.env['PLANBOOK_DEBUG'] = '1';
    const loud = await runPlan(['--lang', 'en', 'check']);
    if (debug === undefined) delete process.env['PLANBOOK_DEBUG'];
    else process.env['PLANBOOK_DEBUG'] = debug;
    expect(loud.stderr).toMatch(/TypeError: boom\n\s+at /);
  });
});
