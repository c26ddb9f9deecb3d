import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Extensions a content file may have; everything else under content/ is reported. */
export const CONTENT_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml'];

/** Every file under `dir`, relative, sorted, skipping dot-files (editor and OS litter). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const root = path.resolve(dir);
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // parentPath always starts with `dir` as given; slicing is much cheaper than path.relative on 25k files.
    const parent = path.resolve(entry.parentPath);
    const inside = parent === root ? entry.name : `${parent.slice(root.length + 1)}/${entry.name}`;
    const relative = path.sep === '/' ? inside : inside.split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) continue;
    files.push(relative);
  }
  return files.sort();
}

export type Placement =
  | { kind: 'org'; year: number }
  | { kind: 'document'; year: number; type: string; unit?: string; person?: string; month?: number };

/**
 * What a file's path says it is. The layout is meant to be guessable:
 * `2027/org.yaml`, `2027/market-research.mdx`, `2027/units/east/budget.mdx`,
 * `2027/people/zhang-san/plan.mdx`, `2027/people/zhang-san/03.plan.mdx`, `…/03.report.mdx`.
 */
export function placementOf(relative: string): Placement | undefined {
  const match = /^(\d{4})\/(.+)$/.exec(relative);
  if (!match) return undefined;
  const year = Number(match[1]);
  const rest = (match[2] ?? '').replace(/\.(mdx?|ya?ml)$/, '');
  if (rest === 'org') return { kind: 'org', year };
  if (rest === 'market-research' || rest === 'annual-report') return { kind: 'document', year, type: rest };
  const unit = /^units\/([^/]+)\/(sales-plan|budget|midyear-review)$/.exec(rest);
  if (unit) return { kind: 'document', year, type: unit[2] ?? '', unit: unit[1] ?? '' };
  const person = /^people\/([^/]+)\/(?:(plan)|(\d{2})\.(plan|report))$/.exec(rest);
  if (person) {
    const personId = person[1] ?? '';
    if (person[2]) return { kind: 'document', year, type: 'person-plan', person: personId };
    const type = person[4] === 'plan' ? 'monthly-plan' : 'monthly-report';
    return { kind: 'document', year, type, person: personId, month: Number(person[3]) };
  }
  return undefined;
}

/** The path a document should live at, for messages and scaffolding. */
export function pathFor(placement: Placement): string {
  if (placement.kind === 'org') return `${placement.year}/org.yaml`;
  const { year, type, unit, person, month } = placement;
  if (unit) return `${year}/units/${unit}/${type}.mdx`;
  if (person && type === 'person-plan') return `${year}/people/${person}/plan.mdx`;
  if (person && month) {
    return `${year}/people/${person}/${String(month).padStart(2, '0')}.${type === 'monthly-plan' ? 'plan' : 'report'}.mdx`;
  }
  return `${year}/${type}.mdx`;
}
