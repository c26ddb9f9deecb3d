// `npm test`: every check in order, stopping at the first failure with its exit code.
// typecheck → lint → astro check → unit tests → browser check → end-to-end tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bin, ROOT as root, runTool } from './lib/run-tool.ts';

const reports = mkdtempSync(path.join(tmpdir(), 'planbook-test-'));
const unitReport = path.join(reports, 'unit.json');
const e2eReport = path.join(reports, 'e2e.json');

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const steps: Step[] = [
  // Generates .astro/types.d.ts so tsc sees the real content-collection types (offline, ~2 s).
  { name: 'astro sync', command: bin('astro'), args: ['sync'] },
  { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'astro check', command: bin('astro'), args: ['check'] },
  {
    name: 'unit tests',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
  },
  { name: 'browser', command: process.execPath, args: [path.join(root, 'scripts', 'ensure-browser.ts')] },
  {
    name: 'e2e tests',
    command: bin('playwright'),
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
  },
];

// Tools started by the steps (e.g. Playwright's web server) find the others on PATH.
const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}` };

const runStep = (step: Step) => runTool(step.command, step.args, { env: { ...env, ...step.env } });

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

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const started = Date.now();
let failure: { step: Step; code: number } | undefined;

for (const [index, step] of steps.entries()) {
  console.log(`\n━━ [${index + 1}/${steps.length}] ${step.name} ━━`);
  const stepStarted = Date.now();
  const code = await runStep(step);
  if (code !== 0) {
    console.log(`✗ ${step.name} failed (exit ${code}, ${seconds(Date.now() - stepStarted)})`);
    failure = { step, code };
    break;
  }
  console.log(`✓ ${step.name} (${seconds(Date.now() - stepStarted)})`);
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
  const notRun = steps.slice(steps.indexOf(failure.step) + 1).map((s) => s.name);
  console.log(
    `planbook: ${failure.step.name} failed (exit ${failure.code}) after ${seconds(Date.now() - started)}` +
      (notRun.length > 0 ? `; not run: ${notRun.join(', ')}` : '') +
      (counts.length > 0 ? `; tests so far ${total.passed} passed, ${total.failed} failed` : ''),
  );
  process.exitCode = failure.code;
} else {
  // The closing line in the plain 'N passed, N failed, N skipped' form, unit and e2e tests together.
  console.log(`planbook: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
