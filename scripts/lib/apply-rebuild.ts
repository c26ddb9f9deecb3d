import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Text } from '../../src/core/messages.ts';
import { say } from '../../src/site/rebuild-messages.ts';
import { siteFiles } from './merge-shards.ts';

/**
 * What a partial build in `staging` changes in the built site `out`: the files that are new or
 * differ (relative, "/" separators), or why it cannot be applied: a bundle the site does not have
 * (the portal's code changed since it was built) or another list of pages (routes.json: people,
 * units or years added or removed, which changes pages the partial build did not make).
 */
export function siteDifferences(staging: string, out: string): { files: string[]; reason?: undefined } | { reason: Text; files?: undefined } {
  const files: string[] = [];
  for (const file of siteFiles(staging)) {
    const target = path.join(out, file);
    const present = existsSync(target);
    if (present && readFileSync(target).equals(readFileSync(path.join(staging, file)))) continue;
    if (file.startsWith('_astro/') && !present) return { reason: say('full.new-code', { file, out }) };
    if (file === 'routes.json') return { reason: say('full.routes') };
    files.push(file);
  }
  return { files };
}

/**
 * Moves `files` from `staging` into `out` so that no reader sees half a file and a failure leaves
 * `out` as it was: every file is first copied beside its target (`….rebuild-PID`), and only when all
 * are written are they renamed into place (each rename atomic). Returns how many files were replaced
 * and the pages among them (their routes, "2026/people/li-na/").
 */
export function applyRebuild(staging: string, out: string, files: readonly string[]): { replaced: number; pages: string[] } {
  const suffix = `.rebuild-${process.pid}`;
  const staged: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(out, file);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(staging, file), `${target}${suffix}`);
      staged.push(target);
    }
  } catch (error) {
    for (const target of staged) rmSync(`${target}${suffix}`, { force: true });
    throw error;
  }
  for (const target of staged) renameSync(`${target}${suffix}`, target);
  const pages = files.filter((file) => file.endsWith('index.html')).map((file) => file.slice(0, -'index.html'.length));
  return { replaced: files.length, pages };
}

/**
 * Removes the page at `route` ("2026/docs/people/li-na/03.report/") from the built site `out`: its
 * index.html, then its folder and each folder above it that is left empty (never `out` itself), so a
 * deleted document leaves no empty folder where its page was. A page already gone is no error.
 */
export function removePage(out: string, route: string): void {
  const root = path.resolve(out);
  let folder = path.join(root, route);
  rmSync(path.join(folder, 'index.html'), { force: true });
  while (folder.startsWith(`${root}${path.sep}`) && existsSync(folder) && readdirSync(folder).length === 0) {
    rmdirSync(folder);
    folder = path.dirname(folder);
  }
}
