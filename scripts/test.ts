// `npm test`: every check in order, stopping at the first failing stage with its exit code.
// astro sync → (typecheck ‖ lint ‖ astro check) → unit tests → build → links → browser → end-to-end tests.
// The portal is built once here; the link check reads that dist/ and Playwright previews it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { bin, ROOT as root, toolEnv } from './lib/run-tool.ts';

const reports = mkdtempSync(path.join(tmpdir(), 'planbook-test-'));
const unitReport = path.join(reports, 'unit.json');
const e2eReport = path.join(reports, 'e2e.json');

/** The day the demo portal is built as of (an October report in 华南 is overdue); the e2e tests expect it. */
const E2E_AS_OF = '2026-11-27';

/**
 * The portal is built, link-checked and browsed under a GitHub Pages project path, as deploy.yml
 * serves it (`https://<owner>.github.io/<repo>/`): a link that forgets the base breaks here.
 */
const PROJECT_BASE = '/planbook/';

/** A free local port for the preview server, so parallel runs (other worktrees, CI) never share one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const node = (script: string, ...args: string[]) => ({ command: process.execPath, args: [path.join(root, 'scripts', script), ...args] });

/** Each stage is one step, or steps that share nothing and run side by side (their output is printed as each ends). */
const stages: Step[][] = [
  // Generates .astro/types.d.ts so tsc sees the real content-collection types (offline, ~2 s).
  [{ name: 'astro sync', command: bin('astro'), args: ['sync'] }],
  // Three single-threaded tools: side by side they take about as long as the slowest. tsc checks
  // every .ts file, so astro check only checks the .astro files (half its time), on the types synced above.
  [
    { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
    { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
    { name: 'astro check', command: bin('astro'), args: ['check', '--noSync', '--tsconfig', 'tsconfig.astro-check.json'] },
  ],
  [
    {
      name: 'unit tests',
      command: bin('vitest'),
      args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
    },
  ],
  [{ name: 'build', ...node('build.ts'), env: { PLANBOOK_AS_OF: E2E_AS_OF, PLANBOOK_BASE: PROJECT_BASE } }],
  [{ name: 'links', ...node('check-links.ts', 'dist'), env: { PLANBOOK_BASE: PROJECT_BASE } }],
  [{ name: 'browser', ...node('ensure-browser.ts') }],
  [
    {
      name: 'e2e tests',
      command: bin('playwright'),
      args: ['test', '--reporter=list,json'],
      // Preview the dist/ built above instead of building again.
      env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport, PLANBOOK_E2E_PREBUILT: '1', PLANBOOK_E2E_PORT: String(await freePort()), PLANBOOK_AS_OF: E2E_AS_OF, PLANBOOK_BASE: PROJECT_BASE },
    },
  ],
];

// Child processes (tools with `#!/usr/bin/env node`) must get the project's Node 22, not the system's.
// Tools started by the steps (e.g. Playwright's web server) find the others on PATH.
const env: NodeJS.ProcessEnv = toolEnv({ ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}` });

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** Runs a step; with `buffered`, its output is collected and printed in one piece when it ends. */
function runStep(step: Step, buffered: boolean): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command, step.args, { cwd: root, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...step.env } });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (code: number) => {
      if (buffered) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      console.log(code === 0 ? `✓ ${step.name} (${seconds(Date.now() - started)})` : `✗ ${step.name} failed (exit ${code}, ${seconds(Date.now() - started)})`);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`planbook: could not start ${step.name}: ${error.message}`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Test counts from Vitest's JSON report (Jest format); undefined if it is missing. */
function unitCounts(): Counts | undefined {
  try {
    const report = JSON.parse(readFileSync(unitReport, 'utf8')) as Record<string, number>;
    return {
      passed: report['numPassedTests'] ?? 0,
      failed: report['numFailedTests'] ?? 0,
      skipped: (report['numPendingTests'] ?? 0) + (report['numTodoTests'] ?? 0),
    };
  } catch {
    return undefined;
  }
}

/** Test counts from Playwright's JSON report; flaky tests passed on retry and count as passed. */
function e2eCounts(): Counts | undefined {
  try {
    const report = JSON.parse(readFileSync(e2eReport, 'utf8')) as { stats: Record<string, number> };
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
    return { passed: expected + flaky, failed: unexpected, skipped };
  } catch {
    return undefined;
  }
}

const started = Date.now();
let failure: { step: string; code: number; stage: number } | undefined;

for (const [index, stage] of stages.entries()) {
  console.log(`\n━━ [${index + 1}/${stages.length}] ${stage.map((step) => step.name).join(' ‖ ')} ━━`);
  const codes = await Promise.all(stage.map((step) => runStep(step, stage.length > 1)));
  const failed = stage.findIndex((_, at) => codes[at] !== 0);
  if (failed !== -1) {
    failure = { step: stage.map((step) => step.name)[failed] ?? '', code: codes[failed] ?? 1, stage: index };
    break;
  }
}

const counts = [unitCounts(), e2eCounts()].filter((c) => c !== undefined);
const total = counts.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
rmSync(reports, { recursive: true, force: true });

console.log('');
if (failure) {
  const notRun = stages
    .slice(failure.stage + 1)
    .flat()
    .map((step) => step.name);
  console.log(
    `planbook: ${failure.step} failed (exit ${failure.code}) after ${seconds(Date.now() - started)}` +
      (notRun.length > 0 ? `; not run: ${notRun.join(', ')}` : '') +
      (counts.length > 0 ? `; tests so far ${total.passed} passed, ${total.failed} failed` : ''),
  );
  process.exitCode = failure.code;
} else {
  // The closing line in the plain 'N passed, N failed, N skipped' form, unit and e2e tests together.
  console.log(`planbook: all stages passed in ${seconds(Date.now() - started)}`);
  console.log(`planbook: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
