import { textIn } from '../core/messages.ts';
import { orgIndex } from '../model/org-index.ts';
import { buildLang, say } from './build-messages.ts';
import type { SiteModel, YearView } from './site-model.ts';

// A build split by unit, for companies too large for one machine (issue 13): shard k of n builds the
// pages of its group of units (unit pages, their people's pages, their documents' redirects); shard 1
// also builds the pages every unit shares (overview, lists, search, reference) and the pages of people
// without a unit. The shards' outputs are disjoint apart from identical shared files, so copying them
// into one folder gives the site a single build makes (scripts/merge-shards.ts checks that).

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; undefined for an unset or empty value. Throws on anything else, in the build's language. */
export function parseShard(text: string | undefined): Shard | undefined {
  if (!text) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(textIn(say('refuse.shard', { shard: text }), buildLang()));
  return { index, count };
}

/**
 * Units in `count` groups of about equal size: heaviest unit first into the lightest group (ties: the
 * lower group), weighed by people across all years. Deterministic, so every shard agrees on the split.
 */
export function unitGroups(site: Pick<SiteModel, 'years'>, count: number): string[][] {
  const weight = new Map<string, number>();
  for (const view of site.years) for (const unit of view.rollup.units) weight.set(unit.id, (weight.get(unit.id) ?? 0) + 1 + unit.people.length);
  const groups = Array.from({ length: count }, () => ({ units: [] as string[], weight: 0 }));
  const units = [...weight].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  for (const [unit, size] of units) {
    const lightest = groups.reduce((best, group) => (group.weight < best.weight ? group : best));
    lightest.units.push(unit);
    lightest.weight += size;
  }
  return groups.map((group) => group.units.sort());
}

/** The unit a person's pages belong with: their roll-up's, else the org's; undefined for company roles. */
export function personUnit(view: YearView, person: string): string | undefined {
  const org = view.content.org?.data;
  return view.people.get(person)?.unit ?? (org ? orgIndex(org).people.get(person)?.unit : undefined);
}

/** What one build makes: everything without a shard or a selection. */
export interface ShardFilter {
  /** The shared pages (overview, lists, search, reference) and people without a unit. */
  shared: boolean;
  unit: (id: string | undefined) => boolean;
  /** Whether the family of pages keyed by this route is selected (src/site/affected.ts: "", "2026/", a unit's, a person's or a document's old route). */
  page: (key: string) => boolean;
}

/**
 * Which pages the build selected by `shard` makes (all of them when `shard` is undefined), and of
 * those only the families keyed in `only` when given (the one-document rebuild's affected pages).
 */
export function shardFilter(site: Pick<SiteModel, 'years'>, shard: Shard | undefined, only?: ReadonlySet<string>): ShardFilter {
  const page = only ? (key: string) => only.has(key) : () => true;
  if (!shard) return { shared: true, unit: () => true, page };
  const mine = new Set(unitGroups(site, shard.count)[shard.index - 1]);
  const shared = shard.index === 1;
  return { shared, unit: (id) => (id === undefined ? shared : mine.has(id)), page };
}
