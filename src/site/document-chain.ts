import { chainTarget } from '../approvals/chains.ts';
import { stagesFor } from '../approvals/pull-request.ts';
import type { Lang } from '../i18n/index.ts';
import type { LoadedDocument } from '../model/load.ts';
import { orgIndex } from '../model/org-index.ts';
import type { Org } from '../schemas/index.ts';
import { personName } from './names.ts';
import { roleLabeller } from './roles.ts';

export interface ChainStageView {
  /** "营销副总", or "营销副总 (代 市场部经理)" when a deputy stands in for the author. */
  role: string;
  /** Who may approve the stage, by name in the page language. */
  holders: string[];
}

/**
 * The chain a document needs, computed by the same code `plan approvals` enforces (one table of
 * chains), so the portal never promises a chain CI does not check.
 */
export function documentChain(document: LoadedDocument, org: Org | undefined, lang: Lang): ChainStageView[] {
  if (!org) return [];
  const author = orgIndex(org).people.get(document.data.author)?.login ?? '';
  // A chain depends on the document's type, unit and person and on its author, not on the file: a
  // person's 25 documents share a few chains, and working each out took a tenth of a large build.
  // The type, unit and person are read from the path (chainTarget), which they share with every file
  // of the same folder and name but for the month: "2026/people/li-na/03.plan.mdx" ~ "…/li-na/MM.plan.mdx".
  const key = `${lang}\u0000${document.path.replace(/(^|\/)\d\d\.([^/]*)$/, '$1MM.$2')}\u0000${author}`;
  let known = chains.get(org);
  if (!known) chains.set(org, (known = new Map()));
  const cached = known.get(key);
  if (cached) return cached;
  const target = chainTarget(`content/${document.path}`);
  const role = roleLabeller(lang, org);
  const chain = stagesFor(target, org, author).map((stage) => ({
    role: role(stage.role, stage.deputyFor),
    holders: stage.holders.map((holder) => personName(lang, org, holder.id)),
  }));
  known.set(key, chain);
  return chain;
}

/** Chains worked out so far, per organisation (one per year) and key (see documentChain). */
const chains = new WeakMap<Org, Map<string, ChainStageView[]>>();
