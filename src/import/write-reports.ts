import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../edit/atomic-write.ts';
import { gitState } from '../edit/git-state.ts';
import { setFigures, type FigureEdit } from '../edit/yaml-figures.ts';
import type { Model } from '../model/model.ts';
import { monthlyReportFile } from '../templates/scaffold.ts';
import { ImportError } from './errors.ts';
import { text } from './messages.ts';
import type { ReportChange } from './report-changes.ts';

/** The figures of a change that differ from the report (a group the report lacks is only added when not 0). */
export function editsOf(change: ReportChange): FigureEdit[] {
  const edits = change.figures.filter((figure) => (change.action === 'create' ? true : figure.old !== figure.new && !(figure.old === undefined && figure.new === 0)));
  return edits.map((figure) => ({ path: figure.path, fen: figure.new }));
}

/** A file to write: path inside the content directory and its new text. */
export interface ReportText {
  change: ReportChange;
  text: string;
}

/**
 * The new text of every report to create or update. An existing report keeps every byte but the
 * figures set (src/edit/yaml-figures.ts); a missing one is the monthly-report template of `plan new
 * monthly-report` (a draft, dated `date` moved into the report's window) with the figures filled.
 * A file on disk that the model does not hold (invalid) is refused rather than overwritten.
 */
export function reportTexts(changes: readonly ReportChange[], { dir, model, date, display }: { dir: string; model: Model; date: string; display: (file: string) => string }): ReportText[] {
  return changes
    .filter((change) => change.action !== 'unchanged')
    .map((change) => {
      const file = path.join(dir, change.path);
      if (change.action === 'create') {
        if (existsSync(file)) throw new ImportError(text.invalidReport(display(change.path)));
        const content = model.years.get(change.year);
        if (!content) throw new ImportError(text.unknownYear(change.year));
        return { change, text: setFigures(monthlyReportFile(content, change.person, change.month, date).text, editsOf(change)) };
      }
      return { change, text: setFigures(readFileSync(file, 'utf8'), editsOf(change)) };
    });
}

/**
 * Writes the texts, each atomically. Reports with changes Git does not hold are refused (all of
 * them named, nothing written) unless `force`: the person's own edits would be mixed into the import.
 */
export async function writeReports(texts: readonly ReportText[], { dir, force, display }: { dir: string; force: boolean; display: (file: string) => string }): Promise<void> {
  if (!force) {
    const dirty: string[] = [];
    for (const { change } of texts) {
      if (change.action !== 'update') continue;
      const state = await gitState(path.join(dir, change.path));
      if (state === 'modified' || state === 'untracked') dirty.push(display(change.path));
    }
    if (dirty.length) throw new ImportError(text.dirty(dirty));
  }
  for (const { change, text: body } of texts) {
    const file = path.join(dir, change.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, body, { exclusive: change.action === 'create' });
  }
}
