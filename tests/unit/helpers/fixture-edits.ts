import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './run-plan.ts';

/** The minimal valid company every broken case starts from (tests/fixtures/README.md). */
export const MINIMAL = path.join(ROOT, 'tests', 'fixtures', 'minimal');

/**
 * One edit of a file under the minimal company, e.g. `{ file: '2026/units/east/budget.mdx', find: 'other: 2.5万', replace: 'other: 3.5万' }`.
 * `find` must occur exactly once in the file; without `find`, `replace` is the whole new file;
 * `remove: true` deletes the file; `renameTo` moves it (after any text edit).
 */
export interface FixtureEdit {
  file: string;
  find?: string;
  replace?: string;
  remove?: boolean;
  renameTo?: string;
}

/**
 * A private copy of `tests/fixtures/minimal` (as `<tmp>/content`) with the edits applied, in order.
 * Throws when a `find` text is missing or occurs more than once, so a fixture cannot silently stop
 * applying after the minimal company changes.
 */
export function minimalWith(...edits: FixtureEdit[]): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-fixture-')), 'content');
  cpSync(MINIMAL, dir, { recursive: true });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    if (edit.remove) {
      rmSync(file);
      continue;
    }
    if (edit.replace !== undefined) {
      if (edit.find === undefined) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, edit.replace);
      } else {
        const text = readFileSync(file, 'utf8');
        const count = text.split(edit.find).length - 1;
        if (count !== 1) throw new Error(`fixture edit: ${JSON.stringify(edit.find)} occurs ${count} times in ${edit.file}, expected once`);
        writeFileSync(file, text.replace(edit.find, () => edit.replace ?? ''));
      }
    }
    if (edit.renameTo) {
      const target = path.join(dir, edit.renameTo);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
      rmSync(file);
    }
  }
  return dir;
}
