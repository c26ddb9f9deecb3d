import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../edit/atomic-write.ts';
import { gitState } from '../edit/git-state.ts';
import { figureUnit, figureUnitIn, setFigures, type FigureEdit, type FigureUnit } from '../edit/yaml-figures.ts';
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

/**
 * `spend: {}` (the template's, or a report with no spend yet) opened into a block map holding the
 * expense lines to set, at 0, so setFigures can fill them; a comment after `{}` stays on the key's line.
 */
function openSpendMap(text: string, edits: readonly FigureEdit[]): string {
  const ids = edits.filter((edit) => edit.path[0] === 'spend').map((edit) => String(edit.path[1]));
  // Only in the frontmatter: the body may quote YAML.
  const match = /^spend:([ \t]*)\{\}([^\r\n]*)(\r?\n)/m.exec(text.slice(0, text.indexOf('\n---', 3) + 1));
  if (!ids.length || !match) return text;
  const [whole, space = '', rest = '', eol = '\n'] = match;
  const opened = `spend:${`${space}${rest}`.trimEnd()}${eol}${ids.map((id) => `  ${id}: 0${eol}`).join('')}`;
  return text.slice(0, match.index) + opened + text.slice(match.index + whole.length);
}

/** Refuses a negative spend total: spend is non-negative in the schema, and a file that fails it is never written. */
function assertSpend(change: ReportChange, display: (file: string) => string): void {
  for (const figure of change.figures) {
    if (figure.path[0] === 'spend' && figure.new < 0) throw new ImportError(text.negativeSpend(display(change.path), String(figure.path[1]), figure.new));
  }
}

/** A file to write: path inside the content directory and its new text. */
export interface ReportText {
  change: ReportChange;
  text: string;
}

/**
 * The new text of every report to create or update. An existing report keeps every byte but the
 * figures set (src/edit/yaml-figures.ts); a missing one is the monthly-report template of `plan new
 * monthly-report` (a draft, dated `date` moved into the report's window) with the figures filled,
 * all in one unit (src/edit/yaml-figures.ts `figureUnit`: 万 when each is a whole 100元, else 元;
 * in an existing report, the unit its figures are written in).
 * A file on disk that the model does not hold (invalid) is refused rather than overwritten.
 */
export function reportTexts(changes: readonly ReportChange[], { dir, model, date, display }: { dir: string; model: Model; date: string; display: (file: string) => string }): ReportText[] {
  return changes
    .filter((change) => change.action !== 'unchanged')
    .map((change) => {
      assertSpend(change, display);
      const file = path.join(dir, change.path);
      const edits = editsOf(change);
      if (change.action === 'create') {
        if (existsSync(file)) throw new ImportError(text.invalidReport(display(change.path)));
        const content = model.years.get(change.year);
        if (!content) throw new ImportError(text.unknownYear(change.year));
        return { change, text: setFigures(openSpendMap(monthlyReportFile(content, change.person, change.month, date).text, edits), edits, 'document', { oneUnit: true }) };
      }
      return { change, text: setFigures(openSpendMap(readFileSync(file, 'utf8'), edits), edits, 'document', { oneUnit: true }) };
    });
}

/**
 * The unit each report's figures are written in by `reportTexts` (by the change's path), so the
 * preview states them as the file will: a new draft's from its figures, an existing report's from
 * the figures it already has.
 */
export function reportUnits(changes: readonly ReportChange[], dir: string): Map<string, FigureUnit> {
  return new Map(
    changes.map((change) => [change.path, change.action === 'create' ? figureUnit([], editsOf(change)) : figureUnitIn(readFileSync(path.join(dir, change.path), 'utf8'), editsOf(change))]),
  );
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
