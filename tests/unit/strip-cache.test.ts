import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-plan.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');

// A TypeScript module whose types the stripping blanks out, and a function that throws on line 5, column 9.
const MODULE = `interface Shape {
  a: number;
}
export const value = (): Shape => ({ a: 1 });
export const fail = (): never => {
  throw new Error('planted');
};
`;

function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NODE, [file, ...args], { cwd: ROOT, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** A folder with `mod.ts` and a runner that registers the cache in `cache/` and prints the module's value and where `fail` threw. */
function project(): { dir: string; cache: string; load: () => Promise<{ value: unknown; at: string; stderr: string }> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-strip-'));
  const cache = path.join(dir, 'cache');
  writeFileSync(path.join(dir, 'mod.ts'), MODULE);
  const runner = path.join(dir, 'run.mjs');
  writeFileSync(
    runner,
    `import { cacheTypeStripping } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts/lib/strip-cache.ts')).href)};
cacheTypeStripping(process.argv[2]);
const mod = await import(process.argv[3]);
let at = '';
try { mod.fail(); } catch (error) { at = /mod\\.ts:(\\d+:\\d+)/.exec(error.stack)?.[1] ?? error.stack; }
console.log(JSON.stringify({ value: mod.value(), at }));
`,
  );
  return {
    dir,
    cache,
    load: async () => {
      const { code, stdout, stderr } = await run(runner, [cache, pathToFileURL(path.join(dir, 'mod.ts')).href]);
      expect(code, stderr).toBe(0);
      return { ...(JSON.parse(stdout) as { value: unknown; at: string }), stderr };
    },
  };
}

const entries = (cache: string) => readdirSync(cache).filter((name) => name.endsWith('.js'));

describe('the type-strip cache (scripts/lib/strip-cache.ts)', () => {
  it('keeps the stripped module, and a second run takes it from the cache', async () => {
    const { cache, load } = project();
    expect(await load()).toEqual({ value: { a: 1 }, at: '6:9', stderr: '' });
    const [entry = ''] = entries(cache);
    expect(entries(cache)).toHaveLength(1);
    // The entry holds the stripped code, positions kept (types become blanks).
    const code = readFileSync(path.join(cache, entry), 'utf8').split('\n').slice(1);
    expect(code[3]).toBe(MODULE.split('\n')[3]?.replace(': Shape', ' '.repeat(': Shape'.length)));
    // Plant other code under the same source's entry (with a valid checksum): the next run runs it.
    const planted = readFileSync(path.join(cache, entry), 'utf8').split('\n').slice(1).join('\n').replace('a: 1', 'a: 2');
    writeFileSync(path.join(cache, entry), `${createHash('sha1').update(planted).digest('hex')}\n${planted}`);
    expect(await load()).toEqual({ value: { a: 2 }, at: '6:9', stderr: '' });
  });

  it('strips a changed source afresh', async () => {
    const { dir, cache, load } = project();
    await load();
    writeFileSync(path.join(dir, 'mod.ts'), `// one more line\n${MODULE.replace('a: 1', 'a: 3')}`);
    expect(await load()).toEqual({ value: { a: 3 }, at: '7:9', stderr: '' });
    expect(entries(cache)).toHaveLength(2);
  });

  it('takes a corrupt or cut-short entry for a miss and writes it anew', async () => {
    const { cache, load } = project();
    await load();
    const [entry = ''] = entries(cache);
    const whole = readFileSync(path.join(cache, entry), 'utf8');
    for (const corrupt of ['garbage', whole.slice(0, whole.length - 10), '']) {
      writeFileSync(path.join(cache, entry), corrupt);
      expect(await load()).toEqual({ value: { a: 1 }, at: '6:9', stderr: '' });
      expect(readFileSync(path.join(cache, entry), 'utf8')).toBe(whole);
    }
  });

  it('does not use a folder that others can write to', async () => {
    const { cache, load } = project();
    mkdirSync(cache);
    chmodSync(cache, 0o777);
    expect(await load()).toEqual({ value: { a: 1 }, at: '6:9', stderr: '' });
    expect(entries(cache)).toEqual([]);
  });

  it('is what plan uses, in the OS temp dir', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'planbook-strip-plan-'));
    const { code, stdout } = await run(path.join(ROOT, 'scripts/plan.ts'), ['--lang', 'en', 'check', '--help'], { ...process.env, TMPDIR: temp });
    expect(code).toBe(0);
    expect(stdout).toContain('plan check');
    const [folder = ''] = readdirSync(temp).filter((name) => name.startsWith('planbook-strip-cache-'));
    expect(entries(path.join(temp, folder)).length).toBeGreaterThan(3);
  });
});
