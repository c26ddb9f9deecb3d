// The demo's check and roll-up are pinned: a refactor that moves code must not move a figure or a
// diagnostic. When a change is meant to alter them, regenerate the files and review the diff:
//   npm run --silent plan -- check --as-of 2026-11-30 --format json --lang en > tests/golden/check.json
// check.json is pinned in English (--lang en): its messages are the catalogue's English side, so the
// pin also guards that moving messages into the catalogue changed no English wording by accident;
// the Chinese side is held by tests/unit/cli-language.test.ts.
//   npm run --silent plan -- rollup --as-of 2026-11-30 --format json > tests/golden/rollup.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from './helpers/run-plan.ts';

const golden = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'tests', 'golden', name), 'utf8')) as unknown;

describe('the demo company against its pinned output', () => {
  it('plan check --format json is unchanged', async () => {
    const { stdout } = await runPlan(['check', '--as-of', '2026-11-30', '--format', 'json', '--lang', 'en']);
    expect(JSON.parse(stdout)).toEqual(golden('check.json'));
  });

  it('plan rollup --format json is unchanged', async () => {
    const { stdout } = await runPlan(['rollup', '--as-of', '2026-11-30', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual(golden('rollup.json'));
  });
});
