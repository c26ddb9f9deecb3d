import { writeFileSync } from 'node:fs';
import { pendingApproval } from '../approvals/pending.ts';
import type { Text } from '../core/messages.ts';
import { placementOf } from '../model/content-files.ts';
import { changedFiles } from './content-cache.ts';
import { say } from './rebuild-messages.ts';
import { personUnit } from './shard.ts';
import type { SiteModel, YearView } from './site-model.ts';
import { legacyDocumentRoute, personRoute, unitRoute } from './urls.ts';

// Which pages a change of content files affects, for the one-document rebuild (issue 13,
// scripts/rebuild.ts). The answer is in the route table's own terms (src/site/routes.ts): each
// getStaticPaths family is keyed by the route of its first page, and selecting a key builds every
// page of that family for those params, in both languages:
//   ""                            the site's home and years pages
//   "search/"                     the search page (units, people, the company's and units' documents)
//   "reference/"                  the reference page (no content: only a full build changes it)
//   "2026/"                       a year's pages (overview, units, people, documents, book, budget, versions, pace, feed)
//   "2026/units/east/"            a unit's pages (the unit, its book, its feed; its budget, pace and versions pages in a year summarised by unit)
//   "2026/people/li-na/"          a person's page
//   "2026/docs/people/li-na/03.report/"  a document's old URL (a redirect, only when the site has them)

/** A content file that changed: its path inside the content folder and who wrote it before and after (authors of a deleted or new file are just the one side). */
export interface ChangedFile {
  path: string;
  authors: readonly string[];
}

/** What to rebuild: every page (`all`, with why in both languages), or the families named by `keys`. */
export type PageSelection = { all: true; reason: Text } | { all: false; keys: Set<string> };

/**
 * Why a change to `path` (inside the content folder) needs the whole site rebuilt, or undefined when
 * its pages can be worked out: org.yaml feeds every figure and name; a file that is not a document
 * in its place (a new year, a misplaced file) may add or rename pages.
 */
export function wholeSiteReason(path: string): Text | undefined {
  const placement = placementOf(path);
  if (!placement) return say('full.misplaced', { path });
  if (placement.kind === 'org') return say('full.org', { path });
  return undefined;
}

/**
 * The page families whose output depends on `changed` in `site` (the model after the change). A
 * document feeds, besides its own section on its person's, unit's or year's page: the figures of
 * its unit and of every year's pages and the home pages (overviews list what waits for approval in
 * every year, and a year's finance compares with the year before), the 我的待办 of the people who
 * approve it (on their pages in every year), the page of whoever owes it, and its old URL's
 * redirect; the search page when it is the company's or a unit's document (listed there by title),
 * or a person's first or last document of the year (the page lists who has documents). The
 * reference page reads no content. Anything else (org.yaml, a new year) selects everything.
 */
export function affectedPages(site: SiteModel, changed: readonly ChangedFile[]): PageSelection {
  const keys = new Set<string>(['', ...site.years.map((view) => `${view.year}/`)]);
  const paths = new Set(changed.map((file) => file.path));
  for (const file of changed) {
    const reason = wholeSiteReason(file.path);
    if (reason) return { all: true, reason };
    const placement = placementOf(file.path);
    const view = site.years.find((candidate) => candidate.year === placement?.year);
    if (!placement || placement.kind !== 'document' || !view) return { all: true, reason: say('full.no-year', { path: file.path }) };
    const { year, type, unit, person } = placement;
    keys.add(legacyDocumentRoute(file));
    if (!person || !hasOtherDocuments(view, person, paths)) keys.add('search/');
    if (person) {
      keys.add(personRoute(year, person));
      const home = personUnit(view, person);
      if (home) keys.add(unitRoute(year, home));
    } else if (unit) keys.add(unitRoute(year, unit));
    const owner = view.obligationByPath.get(file.path);
    const owners = [owner?.person, owner?.owner, ...file.authors].filter((id) => id !== undefined);
    for (const id of owners) keys.add(personRoute(year, id));
    const org = view.content.org?.data;
    if (!org) continue;
    // Who would approve it with either author: a waiting document is on their pages, in every year.
    const approvers = new Set<string>();
    for (const author of file.authors) {
      const pending = pendingApproval({ type, path: file.path, ...(unit ? { unit } : {}), ...(person ? { person } : {}), author, status: 'review', date: site.asOf }, org, undefined, site.asOf);
      for (const approver of pending?.approvers ?? []) approvers.add(approver.id);
    }
    // A key for a year in which the approver has no page selects nothing.
    for (const other of site.years) for (const id of approvers) keys.add(personRoute(other.year, id));
  }
  return { all: false, keys };
}

/**
 * Whether `person` has a document in `view` that did not change: then they had one before the change
 * and have one after, so the people listed with documents stay the same.
 */
function hasOtherDocuments(view: YearView, person: string, changed: ReadonlySet<string>): boolean {
  const folder = `${view.year}/people/${person}/`;
  return view.content.documents.some((document) => document.path.startsWith(folder) && !changed.has(document.path));
}

let memo: { site: SiteModel; keys: Set<string> | undefined } | undefined;

/**
 * The families this build makes, for routes.ts: undefined (everything) unless the content was read
 * from the rebuild's cache with a list of changes (content-cache.ts), then the families they affect.
 * With PLANBOOK_AFFECTED_OUT the selection is also written there as JSON ({ all, reason: { zh, en } } or { keys }),
 * for scripts/rebuild.ts to report.
 */
export function affectedKeys(site: SiteModel): ReadonlySet<string> | undefined {
  if (memo?.site === site) return memo.keys;
  const changes = changedFiles();
  const selection: PageSelection = changes ? affectedPages(site, changes) : { all: true, reason: say('full.read-in-full') };
  const out = process.env['PLANBOOK_AFFECTED_OUT'];
  if (out) writeFileSync(out, JSON.stringify(selection.all ? selection : { all: false, keys: [...selection.keys].sort() }, null, 1));
  memo = { site, keys: selection.all ? undefined : selection.keys };
  return memo.keys;
}
