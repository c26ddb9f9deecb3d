import { orgSchema, type Org } from '../schemas/index.ts';

const LISTS = new Set(['people', 'units', 'customerGroups', 'regions', 'expenseLines']);
const MONEY_TARGETS = new Set(['revenue', 'profit', 'newProductRevenue']);
const DEFAULTED = new Set(['calendar', 'seasonality']);

/** Ids of list entries a salvage left out, by the org data it returned (see droppedIds). */
const dropped = new WeakMap<Org, ReadonlySet<string>>();

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What can still be read of an org.yaml that fails validation, so the other files of its year are
 * checked against it (issue 14): list entries with an error (a person, unit, customer group, region
 * or expense line) are left out, unknown keys are ignored, a bad calendar or seasonality falls back
 * to its default, and a bad company target reads as 0 (the company-total rule skips an invalid org).
 * Undefined when the year, company or roles cannot be read: then nothing is checked against it.
 * The file stays invalid; this is never used to generate owners or to publish figures unasked.
 */
export function salvageOrg(data: unknown): Org | undefined {
  if (!isRecord(data)) return undefined;
  const first = orgSchema.safeParse(data);
  if (first.success) return first.data;
  const copy = cloneTree(data);
  const drop = new Map<string, Set<number>>();
  for (const issue of first.error.issues) {
    const [top, second] = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const parent = issue.path.reduce<unknown>((node, key) => (isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), copy);
      if (isRecord(parent)) for (const key of issue.keys) delete parent[key];
    } else if (typeof top === 'string' && LISTS.has(top) && typeof second === 'number') {
      drop.set(top, (drop.get(top) ?? new Set()).add(second));
    } else if (top === 'targets' && typeof second === 'string' && isRecord(copy['targets'])) {
      if (MONEY_TARGETS.has(second)) copy['targets'][second] = '0';
      else delete copy['targets'][second];
    } else if (typeof top === 'string' && DEFAULTED.has(top)) {
      delete copy[top];
    } else {
      return undefined;
    }
  }
  const ids = new Set<string>();
  for (const [list, indexes] of drop) {
    const entries = copy[list];
    if (!Array.isArray(entries)) return undefined;
    for (const index of indexes) if (isRecord(entries[index]) && typeof entries[index]['id'] === 'string') ids.add(entries[index]['id']);
    copy[list] = entries.filter((_, index) => !indexes.has(index));
  }
  const second = orgSchema.safeParse(copy);
  if (!second.success) return undefined;
  dropped.set(second.data, ids);
  return second.data;
}

/**
 * A copy of the YAML tree's maps and lists to edit; leaves (text, numbers and the reader's immutable
 * NumberText objects, which structuredClone would strip of their class) are shared.
 */
function cloneTree<T>(node: T): T {
  if (Array.isArray(node)) return node.map(cloneTree) as T;
  if (isRecord(node) && [Object.prototype, null].includes(Object.getPrototypeOf(node))) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, cloneTree(value)])) as T;
  return node;
}

/** Ids an invalid org.yaml names in entries that could not be read: not unknown, only unreadable. */
export function droppedIds(org: Org): ReadonlySet<string> {
  return dropped.get(org) ?? new Set();
}

/**
 * Marks `ids` as the entries left out of `org` (see droppedIds) when the mark is missing: the mark is
 * lost when the org's index is copied as plain data (to or from a worker thread, from the check
 * cache), so the index carries the ids (load.ts `FileIndex.dropped`).
 */
export function markDropped(org: Org, ids: readonly string[]): void {
  if (ids.length > 0 && !dropped.has(org)) dropped.set(org, new Set(ids));
}
