import { UsageError, type Io } from '../lib/cli.ts';
import { exportHelp, exportRollup } from './export.ts';
import { forecast, forecastHelp } from './forecast.ts';
import { newFiles, newHelp } from './new.ts';
import { split, splitHelp } from './split.ts';
import { status, statusHelp } from './status.ts';

type Values = Record<string, string | boolean | undefined>;

/** The yearly-cycle commands (issue 5), in the shape scripts/plan.ts registers; kept here so plan.ts stays a one-line merge. */
interface CycleCommand {
  summary: string;
  help: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run: (values: Values, positionals: string[], io: Io) => Promise<number>;
}

const str = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
const content = (values: Values) => str(values['content']) ?? 'content';
const string = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

export const cycleCommands: Record<string, CycleCommand> = {
  new: {
    summary: 'create plan and report files from templates (a new year, a person, a month…)',
    help: newHelp,
    options: { content: string, date: string, name: string, unit: string, login: string, title: string, write: flag, force: flag },
    run: (values, positionals, io) =>
      newFiles(positionals, { content: content(values), date: str(values['date']), name: str(values['name']), unit: str(values['unit']), login: str(values['login']), title: str(values['title']), write: values['write'] === true, force: values['force'] === true }, io),
  },
  split: {
    summary: 'decompose a target exactly: unit → people, year → months, month → customer groups',
    help: splitHelp,
    options: { content: string, by: string, weights: string, profile: string, write: flag, force: flag },
    run: (values, positionals, io) =>
      split(positionals, { content: content(values), by: str(values['by']), weights: str(values['weights']), profile: str(values['profile']), write: values['write'] === true, force: values['force'] === true }, io),
  },
  forecast: {
    summary: 'H2 reforecast from H1 actuals, against the approved plan',
    help: forecastHelp,
    options: { content: string, unit: string, method: string, format: string },
    run: (values, positionals, io) => forecast(positionals, { content: content(values), unit: str(values['unit']), method: str(values['method']), format: str(values['format']) }, io),
  },
  status: {
    summary: 'what is due, done and late, and for whom',
    help: statusHelp,
    options: { content: string, 'as-of': string, person: string, format: string },
    run: async (values, positionals, io) => {
      if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
      return status({ content: content(values), asOf: str(values['as-of']), person: str(values['person']), format: str(values['format']) }, io);
    },
  },
  export: {
    summary: 'export the roll-up for finance as CSV or an Excel workbook',
    help: exportHelp,
    options: { content: string, format: string, year: string, out: string, lang: string, table: string, force: flag },
    run: (values, _, io) =>
      exportRollup({ content: content(values), format: str(values['format']), year: str(values['year']), out: str(values['out']), lang: str(values['lang']), table: str(values['table']), force: values['force'] === true }, io),
  },
};
