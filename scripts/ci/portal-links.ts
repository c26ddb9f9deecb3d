import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pathFor, placementOf } from '../../src/model/content-files.ts';
import { DOCUMENT_TYPES } from '../../src/model/document-types.ts';
import type { DocumentType } from '../../src/schemas/index.ts';
import { id } from '../../src/schemas/common.ts';
import { documentRoute } from '../../src/site/urls.ts';

/**
 * The one part of the bot's plan-diff comment that carries links: each changed document's portal page.
 * comment.yml appends it AFTER markdown-safe.ts has sanitised the pull request's text, so nothing the
 * pull request wrote passes through here as text. A link is built only from (a) a changed path that
 * is exactly a registry layout with strict ids (`content/2026/people/he-jun/11.report.mdx`; any other
 * path gets no link) and (b) the portal's address from repository variables, mapped by the portal's
 * own `documentRoute`. Pull requests from the form editor (/admin/), whose body is Decap's fixed text,
 * get their link here.
 */

/** Where the portal is served, as deploy.yml builds it: PLANBOOK_SITE (an origin) and PLANBOOK_BASE (a path). */
export interface PortalSite {
  site: string;
  base: string;
}

/** GitHub's limit for an issue comment's body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** A base path of plain segments ("/", "/planbook/"): no "..", no characters Markdown or URLs treat specially. */
const SAFE_BASE = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*$/;

/** Every link we post has this shape; checked last, whatever built it. */
const SAFE_URL = /^https?:\/\/[a-z0-9.-]+(?::\d+)?\/(?:[A-Za-z0-9._-]+\/)*#doc-[a-z0-9-]+$/;

/**
 * The portal's root URL ("https://acme.github.io/planbook/"), or undefined when the settings are not
 * a plain http(s) origin and a plain base path (then no links are posted at all).
 */
export function portalRoot({ site, base }: PortalSite): string | undefined {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return undefined;
  }
  const plainOrigin = (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  // The same normalisation as the portal's BASE (src/site/urls.ts): always ending in "/".
  const path = base.replace(/\/?$/, '/');
  return plainOrigin && /^[a-z0-9.-]+$/.test(url.hostname) && SAFE_BASE.test(path) ? `${url.origin}${path}` : undefined;
}

/** A changed path that names a document: its path inside `content/` and its type. */
export interface ChangedDocument {
  inside: string;
  type: DocumentType;
}

/**
 * A changed repository path as a document ("content/2026/people/he-jun/11.report.mdx" →
 * "2026/people/he-jun/11.report.mdx", monthly-report), or undefined unless it is exactly what the
 * registry's layout would write for a document whose person or unit id passes the strict id pattern
 * (lowercase letters, digits, single dashes) and whose month is 01–12.
 */
export function changedDocument(changed: string, contentDir = 'content'): ChangedDocument | undefined {
  if (!changed.startsWith(`${contentDir}/`)) return undefined;
  const inside = changed.slice(contentDir.length + 1);
  const placement = placementOf(inside);
  if (placement?.kind !== 'document' || pathFor(placement) !== inside) return undefined;
  const ids = [placement.unit, placement.person].filter((value) => value !== undefined);
  if (!ids.every((value) => id.safeParse(value).success)) return undefined;
  if (placement.month !== undefined && (placement.month < 1 || placement.month > 12)) return undefined;
  return { inside, type: placement.type };
}

/** The portal page (with the document's anchor) of a changed path, or undefined when the path or the settings do not qualify. */
export function portalPageUrl(changed: string, site: PortalSite): string | undefined {
  const root = portalRoot(site);
  const document = changedDocument(changed);
  if (root === undefined || document === undefined) return undefined;
  const url = `${root}${documentRoute({ path: document.inside })}`;
  return SAFE_URL.test(url) ? url : undefined;
}

/** One Markdown line per qualifying path: the document type's label from the registry, the path, the link. */
function linkLine(changed: string, site: PortalSite): string | undefined {
  const url = portalPageUrl(changed, site);
  const type = changedDocument(changed)?.type;
  if (url === undefined || type === undefined) return undefined;
  const { zh, en } = DOCUMENT_TYPES[type].label;
  return `- ${zh} ${en} \`${changed}\` — 门户页面 / Portal page: <${url}>`;
}

/**
 * The sanitised comment with the portal links of the changed documents appended (unchanged when none
 * qualifies). Lines that would take the body past `limit` are left out and counted instead.
 */
export function withPortalLinks(comment: string, changed: readonly string[], site: PortalSite, limit = GITHUB_COMMENT_LIMIT): string {
  const links = [...new Set(changed)].sort().flatMap((path) => linkLine(path, site) ?? []);
  if (links.length === 0) return comment;
  // Trailing newlines trimmed by a scan: a regular expression would backtrack over every run of them.
  let end = comment.length;
  while (comment[end - 1] === '\n') end -= 1;
  const heading = `${comment.slice(0, end)}\n\n### 门户页面 / Portal pages\n`;
  // Room is kept for the note about lines left out.
  const room = limit - 100;
  let body = heading;
  let count = 0;
  for (const line of links) {
    if (body.length + line.length + 1 > room) break;
    body += `\n${line}`;
    count += 1;
  }
  if (count === 0 && heading.length > room) return comment;
  if (count < links.length) body += `\n\n… ${links.length - count} more (the comment is at GitHub's size limit)`;
  return `${body}\n`;
}

// In comment.yml, after markdown-safe.ts: `node scripts/ci/portal-links.ts COMMENT CHANGED` appends the
// links to COMMENT; CHANGED holds the changed paths NUL-separated (`git diff --name-only -z`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [commentFile, changedFile] = process.argv.slice(2);
  if (!commentFile || !changedFile) {
    process.stderr.write('Usage: node scripts/ci/portal-links.ts COMMENT CHANGED\n');
    process.exitCode = 2;
  } else {
    const site = { site: process.env['PLANBOOK_SITE'] ?? '', base: process.env['PLANBOOK_BASE'] ?? '' };
    if (portalRoot(site) === undefined) process.stderr.write('PLANBOOK_SITE/PLANBOOK_BASE are not a plain http(s) origin and base path: no portal links.\n');
    const changed = readFileSync(changedFile, 'utf8').split('\0').filter(Boolean);
    writeFileSync(commentFile, withPortalLinks(readFileSync(commentFile, 'utf8'), changed, site));
  }
}
