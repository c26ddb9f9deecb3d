import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../scripts/plan.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Runs the CLI in-process and captures what a person would see. */
export async function runPlan(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => (stdout += text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => (stderr += text.endsWith('\n') ? text : `${text}\n`),
    cwd,
    tty: false,
  });
  return { code, stdout, stderr };
}

/** A private copy of a content tree that a test may break. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-'));
  const target = path.join(dir, 'content');
  cpSync(path.resolve(ROOT, from), target, { recursive: true });
  return target;
}
