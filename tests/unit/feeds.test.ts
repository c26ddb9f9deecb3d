import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { atomXml, yearFeed, type Feed } from '../../src/site/feeds.ts';
import { siteProvenance } from '../../src/site/provenance.ts';
import { buildSiteModel, type SiteModel, type YearView } from '../../src/site/site-model.ts';

const origin = new URL('https://huaxin.github.io');
let site: SiteModel;
let year2026: YearView;

beforeAll(async () => {
  const [content, provenance] = await Promise.all([loadContent('content'), siteProvenance('content', { cache: {} })]);
  site = buildSiteModel(content, '2026-11-30', provenance);
  year2026 = site.years.find((view) => view.year === 2026) as YearView;
});

const children = (element: Element, name: string) => element.children.filter((child): child is Element => child.type === 'tag' && child.name === name);
const text = (element: Element | undefined): string => (element ? element.children.map((child) => (child.type === 'text' ? child.data : child.type === 'tag' ? text(child) : '')).join('') : '');
/** RFC 3339 date-time, as Atom's updated requires. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses an Atom document as XML and checks what RFC 4287 requires; returns the entries' fields. */
function readAtom(xml: string) {
  const document = parseDocument(xml, { xmlMode: true });
  const feed = document.children.find((child): child is Element => child.type === 'tag') as Element;
  expect(feed.name).toBe('feed');
  expect(feed.attribs['xmlns']).toBe('http://www.w3.org/2005/Atom');
  // atom:feed: exactly one id, title and updated; an author, or one in every entry.
  for (const name of ['id', 'title', 'updated']) expect(children(feed, name), `feed ${name}`).toHaveLength(1);
  expect(text(children(feed, 'updated')[0])).toMatch(DATE_TIME);
  const feedAuthor = children(feed, 'author').length > 0;
  const entries = children(feed, 'entry').map((entry) => {
    for (const name of ['id', 'title', 'updated']) expect(children(entry, name), `entry ${name}`).toHaveLength(1);
    expect(feedAuthor || children(entry, 'author').length > 0).toBe(true);
    for (const author of children(entry, 'author')) expect(text(children(author, 'name')[0])).not.toBe('');
    const updated = text(children(entry, 'updated')[0]);
    expect(updated).toMatch(DATE_TIME);
    return { id: text(children(entry, 'id')[0]), title: text(children(entry, 'title')[0]), updated, link: children(entry, 'link')[0]?.attribs['href'] ?? '' };
  });
  // An entry's id is an IRI and unique within the feed.
  for (const entry of entries) expect(entry.id).toMatch(/^(?:tag|https?):/);
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  return { id: text(children(feed, 'id')[0]), title: text(children(feed, 'title')[0]), entries };
}

describe('Atom feeds of approvals, changes after approval and late documents', () => {
  it("the year's feed validates and names the east sales plan's approval, li-na's changed report and he-jun's late report", () => {
    const atom = readAtom(atomXml(yearFeed(site, year2026, 'zh-CN', { origin }), 'zh-CN'));
    expect(atom.id).toBe('https://huaxin.github.io/2026/feed.xml');
    expect(atom.title).toBe('华信智能科技有限公司 FY2026 审批与逾期动态');
    const titles = atom.entries.map((entry) => entry.title);
    expect(titles).toContain('已批准：华东事业部2026年度销售计划');
    expect(titles).toContain('批准后已修改：李娜 2026年10月销售总结');
    expect(titles).toContain('逾期：何俊的月度销售总结（10 月）');
    const late = atom.entries.find((entry) => entry.title.startsWith('逾期：何俊'));
    expect(late).toMatchObject({ id: 'tag:huaxin.github.io,2026:late/2026/people/he-jun/10.report.mdx', updated: '2026-11-06T00:00:00+08:00', link: 'https://huaxin.github.io/2026/people/he-jun/' });
    // Newest first.
    expect(atom.entries.map((entry) => Date.parse(entry.updated))).toEqual(atom.entries.map((entry) => Date.parse(entry.updated)).toSorted((a, b) => b - a));
  });

  it("a unit's feed holds only that unit's documents and people, in the page language", () => {
    const atom = readAtom(atomXml(yearFeed(site, year2026, 'en', { origin }, 'south'), 'en'));
    expect(atom.title).toBe('South China Division FY2026: approvals and late documents');
    expect(atom.entries.map((entry) => entry.id).filter((id) => !/:(?:approval|changed|late)\/2026\/(?:units\/south|people\/[\w-]+)\//.test(id))).toEqual([]);
    // He Jun works in 华南 (south); Li Na's changed report belongs to another unit.
    expect(atom.entries.find((entry) => entry.id.includes('late/2026/people/he-jun/10.report'))).toMatchObject({ title: 'Late: Monthly report for month 10 by He Jun', link: 'https://huaxin.github.io/en/2026/people/he-jun/' });
    expect(atom.entries.some((entry) => entry.id.includes('li-na'))).toBe(false);
    // Approvers by their English names from the org (the ledger records 黄永明).
    const approval = yearFeed(site, year2026, 'en', { origin }, 'south').entries.find((entry) => entry.id.includes('approval/2026/people/he-jun/09.report.mdx/'));
    expect(approval).toMatchObject({ author: 'Huang Yongming', summary: 'Unit manager Huang Yongming 2026-10-01 · #241' });
  });

  it('escapes markup in titles, names and summaries', () => {
    const feed: Feed = { id: 'https://x.test/2026/feed.xml', title: 'R&D <east>', updated: '2026-11-30T00:00:00Z', author: '"Q" & \'A\'', self: 'https://x.test/2026/feed.xml?a=1&b=2', page: 'https://x.test/2026/', entries: [{ id: 'tag:x.test,2026:a', title: '</title><script>alert(1)</script>', updated: '2026-11-30T00:00:00Z', author: 'A & B', link: 'https://x.test/?a=1&b=2', summary: '1 < 2' }] };
    const atom = readAtom(atomXml(feed, 'en'));
    expect(atom.title).toBe('R&D <east>');
    expect(atom.entries[0]).toMatchObject({ title: '</title><script>alert(1)</script>', link: 'https://x.test/?a=1&b=2' });
  });
});
