// Demo data: approval records for the demo company, so `npm start` shows the approval chain at work.
// No real pull request made them (each carries "demo": true). Rerun after changing content/: the
// records bind to each document's Git blob id, and a stale one shows as "changed after approval"
// (one is stale on purpose: scripts/lib/demo-changed.ts).
//
//   npx node scripts/demo-approvals.ts [--check]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import git from '../src/core/isomorphic-git.ts';
import { chainTarget } from '../src/approvals/chains.ts';
import { LEDGER_PATH, parseLedger, type LedgerRecord } from '../src/approvals/ledger.ts';
import { stagesFor } from '../src/approvals/pull-request.ts';
import { checkContent } from '../src/rules/check.ts';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { approvedVersion, CHANGED_AFTER_APPROVAL } from './lib/demo-changed.ts';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');

const result = await checkContent(path.join(root, 'content'), { cwd: root, asOf: '2026-11-27' });
if (countBySeverity(result.diagnostics).errors > 0) {
  console.error('demo-approvals: content/ has errors; run `npm run --silent plan -- check` and fix them first');
  process.exit(1);
}

/** Each stage a few hours after the last, starting the morning of the document's date (Beijing time). */
const stamp = (date: string, hour: number) => new Date(Date.parse(`${date}T09:00:00+08:00`) + hour * 3_600_000).toISOString().replace('.000Z', 'Z');

const approved = [...result.model.years.values()]
  .flatMap((year) => [...(year.org ? [{ path: year.org.path, date: `${year.year - 1}-11-01`, author: year.org.data.roles.admins[0] ?? year.org.data.roles.gm, org: year.org.data }] : []),
    ...year.documents.filter((document) => document.data.status === 'approved').map((document) => ({ path: document.path, date: document.data.date, author: document.data.author, org: year.org?.data }))])
  .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));

const records: LedgerRecord[] = [];
for (const [index, document] of approved.entries()) {
  const repoPath = `content/${document.path}`;
  const target = chainTarget(repoPath);
  if (!document.org) continue;
  const authorLogin = document.org.people.find((person) => person.id === document.author)?.login ?? '';
  const stages = stagesFor(target, document.org, authorLogin).map((stage, step) => {
    const holder = stage.holders.find((candidate) => candidate.login !== authorLogin) ?? stage.holders[0];
    if (!holder) throw new Error(`demo-approvals: nobody holds ${stage.role} for ${repoPath}`);
    return { role: stage.role, ...(stage.deputyFor ? { deputyFor: stage.deputyFor } : {}), login: holder.login, name: holder.name, at: stamp(document.date, step * 3) };
  });
  const text = readFileSync(path.join(root, repoPath));
  // One document is shipped edited after its approval: its record holds the version before the edit.
  const approvedText = repoPath === CHANGED_AFTER_APPROVAL.path ? Buffer.from(approvedVersion(text.toString('utf8'))) : text;
  const { oid } = await git.hashBlob({ object: approvedText });
  records.push({ path: repoPath, oid, pr: index + 1, stages, mergedAt: stamp(document.date, stages.length * 3), mergeCommit: null, demo: true });
}

const file = path.join(root, LEDGER_PATH);
let existing = '';
try {
  existing = readFileSync(file, 'utf8');
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
// Real records (from merged pull requests) are kept; only the demo ones are regenerated.
const real = parseLedger(existing).filter((record) => !record.demo);
const text = [...records, ...real].map((record) => `${JSON.stringify(record)}\n`).join('');
if (text === existing) {
  console.log(`demo-approvals: ${LEDGER_PATH} is up to date (${records.length} demo records)`);
} else if (check) {
  console.error(`demo-approvals: ${LEDGER_PATH} does not match content/; run npx node scripts/demo-approvals.ts`);
  process.exitCode = 1;
} else {
  console.log(`demo-approvals: writing ${records.length} demo records${real.length ? ` and keeping ${real.length} real ones` : ''} to ${LEDGER_PATH}`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
