import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirBesideRoot } from '../../scripts/build.ts';
import { ROOT } from './helpers/run-plan.ts';

describe('npm run build refuses an output folder Astro cannot build into', () => {
  it('names a folder whose path begins with the project path without being inside it', () => {
    expect(outDirBesideRoot('/work/site-dist', '/work/site')?.zh).toContain('PLANBOOK_OUT_DIR /work/site-dist 无效');
    expect(outDirBesideRoot('../site-dist', '/work/site')?.en).toContain('Unexpected PLANBOOK_OUT_DIR /work/site-dist');
    // Inside the project, the project itself, or elsewhere: Astro builds there.
    for (const fine of ['dist', '/work/site/dist', '/work/site', '/tmp/out', '../other']) expect(outDirBesideRoot(fine, '/work/site')).toBeUndefined();
  });

  it('exits 2 with the message and no stack trace before checking anything', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PLANBOOK_OUT_DIR: `${ROOT}-dist`, PLANBOOK_CONTENT: 'tests/fixtures/minimal', PLANBOOK_LANG: '' },
    });
    expect({ code: result.status, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
    expect(result.stderr).toContain(`PLANBOOK_OUT_DIR ${ROOT}-dist 无效`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run build -- --help', () => {
  it('prints the usage in the reader language and exits 0 without checking or building (it went on to Astro after a check and a schema write)', () => {
    for (const [flag, lang, usage] of [['--help', '', '用法：npm run build'], ['-h', 'en', 'Usage: npm run build']] as const) {
      // A content folder that does not exist: had the build started, its check would have refused it.
      const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts'), flag], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PLANBOOK_CONTENT: 'no-such-content', PLANBOOK_LANG: lang },
      });
      expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      expect(result.stdout.startsWith(usage)).toBe(true);
      expect(result.stdout).toContain('--allow-invalid');
    }
  });
});
