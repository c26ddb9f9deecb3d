import { roleLabeller } from './roles.ts';
import { addDays } from '../core/dates.ts';
import { translator, type Lang } from '../i18n/index.ts';
import type { Org } from '../schemas/index.ts';
import { approverName, documentTypeName, personName, unitName } from './names.ts';
import type { SiteModel, YearView } from './site-model.ts';
import { BASE, documentRoute, personRoute, route, unitRoute } from './urls.ts';

// Atom feeds (RFC 4287) of what readers and chat integrations follow: approvals recorded, documents
// changed after approval, and documents late as of the build date, per year and per unit.

export interface FeedEntry {
  /** Stable across builds: a tag: URI naming the event, not the page. */
  id: string;
  title: string;
  /** RFC 3339 date-time of the event. */
  updated: string;
  author: string;
  /** Site path of the page the entry is about (with the base). */
  link: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  updated: string;
  author: string;
  /** Absolute URLs of the feed itself and of the page it belongs to. */
  self: string;
  page: string;
  entries: FeedEntry[];
}

/** Where the site is served (Astro's `site` and `base`): feed ids and links are absolute. */
export interface FeedSite {
  origin: URL;
}

/** The content path's unit: `2026/units/east/…` directly, a person's documents through the person's unit. */
function unitOfPath(path: string, org: Org | undefined): string | undefined {
  const [, folder, id] = path.split('/');
  if (folder === 'units') return id;
  if (folder === 'people') return org?.people.find((person) => person.id === id)?.unit;
  return undefined;
}

/** The page of a late obligation: its document, else the person's page, else the unit's, else the year's. */
function lateLink(view: YearView, obligation: YearView['obligations'][number]): string {
  if (obligation.document) return documentRoute(obligation.document);
  if (obligation.person && view.content.people.has(obligation.person)) return personRoute(view.year, obligation.person);
  return obligation.unit ? unitRoute(view.year, obligation.unit) : `${view.year}/`;
}

/** Late obligations become late the day after they are due; Beijing time, where the company works. */
const lateSince = (due: string) => `${addDays(due, 1)}T00:00:00+08:00`;

/**
 * The year's feed, or one unit's: every approval recorded in the ledger (one entry per approved
 * version), every document whose current text differs from its last approval, and every document
 * overdue on the site's as-of date. Newest first. A changed document's entry is dated by its `date:`
 * when that is after the approval, else by the approval (Git commit dates are not read per file).
 */
export function yearFeed(site: SiteModel, view: YearView, lang: Lang, { origin }: FeedSite, unit?: string): Feed {
  const t = translator(lang);
  const org = view.content.org?.data;
  const roleName = roleLabeller(lang, org);
  const approver = (login: string, recorded: string) => approverName(lang, org, login, recorded);
  const absolute = (path: string) => new URL(path, origin).href;
  // tag: URIs (RFC 4151) under the site's host and base path, so two deployments never share an id.
  const scope = BASE.replace(/^\/+|\/+$/g, '');
  const tag = (specific: string) => `tag:${origin.hostname},${view.year}:${scope ? `${scope}/` : ''}${specific}`;
  const inUnit = (path: string) => unit === undefined || unitOfPath(path, org) === unit;
  const entries: FeedEntry[] = [];

  for (const [path, provenance] of site.provenance) {
    if (!path.startsWith(`${view.year}/`) || !inUnit(path)) continue;
    const document = site.byPath.get(path);
    const title = document?.data.title ?? path;
    const link = document ? route(lang, documentRoute(document)) : route(lang, `${view.year}/docs/`);
    for (const record of provenance.history) {
      const last = record.stages.at(-1);
      entries.push({
        id: tag(`approval/${path}/${record.oid}`),
        title: t('feed.approved', { title }),
        updated: record.mergedAt,
        author: last ? approver(last.login, last.name) : t('feed.ledger'),
        link,
        summary: `${record.stages.map((stage) => `${roleName(stage.role, stage.deputyFor)} ${approver(stage.login, stage.name)} ${stage.at.slice(0, 10)}`).join(', ')} · #${record.pr}`,
      });
    }
    if (provenance.changedAfterApproval && document && provenance.currentOid) {
      const written = `${document.data.date}T00:00:00+08:00`;
      entries.push({
        id: tag(`changed/${path}/${provenance.currentOid}`),
        title: t('feed.changed', { title }),
        updated: Date.parse(written) > Date.parse(provenance.approved.mergedAt) ? written : provenance.approved.mergedAt,
        author: personName(lang, org, document.data.author),
        link,
        summary: t('feed.changedSummary', { pr: provenance.approved.pr, version: provenance.approved.oid.slice(0, 7) }),
      });
    }
  }

  for (const obligation of view.obligations) {
    if (obligation.state !== 'overdue' || !inUnit(obligation.path)) continue;
    const who = personName(lang, org, obligation.person ?? obligation.owner);
    const what = `${documentTypeName(lang, obligation.type)}${obligation.month ? t('feed.month', { month: obligation.month }) : ''}`;
    entries.push({
      id: tag(`late/${obligation.path}`),
      title: t('feed.late', { what, who }),
      updated: lateSince(obligation.due),
      author: personName(lang, org, obligation.owner),
      link: route(lang, lateLink(view, obligation)),
      summary: t('feed.lateSummary', { due: obligation.due, asOf: site.asOf }),
    });
  }

  entries.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id));
  const page = unit === undefined ? route(lang, `${view.year}/`) : route(lang, unitRoute(view.year, unit));
  const company = org ? (lang === 'en' ? (org.company.nameEn ?? org.company.name) : org.company.name) : 'Planbook';
  return {
    id: absolute(`${page}feed.xml`),
    title: unit === undefined ? t('feed.title', { year: view.year, company }) : t('feed.unitTitle', { year: view.year, unit: unitName(lang, org, unit) }),
    // The newest event, so the feed changes only when something happened (not on every build).
    updated: entries[0]?.updated ?? `${view.year - 1}-10-01T00:00:00+08:00`,
    author: company,
    self: absolute(`${page}feed.xml`),
    page: absolute(page),
    entries: entries.map((entry) => ({ ...entry, link: absolute(entry.link) })),
  };
}

/** Text for XML element content and attribute values. */
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

/** The feed as an Atom 1.0 document. */
export function atomXml(feed: Feed, lang: Lang): string {
  const entry = (item: FeedEntry) => `  <entry>
    <id>${escape(item.id)}</id>
    <title>${escape(item.title)}</title>
    <updated>${escape(item.updated)}</updated>
    <author><name>${escape(item.author)}</name></author>
    <link rel="alternate" type="text/html" href="${escape(item.link)}"/>
    <summary>${escape(item.summary)}</summary>
  </entry>
`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escape(feed.id)}</id>
  <title>${escape(feed.title)}</title>
  <updated>${escape(feed.updated)}</updated>
  <author><name>${escape(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.page)}"/>
  <generator>Planbook</generator>
${feed.entries.map(entry).join('')}</feed>
`;
}
