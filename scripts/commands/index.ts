import { type Command, booleanOption as flag, str, strs, stringOption as string, stringsOption as strings, type OptionValues } from '../lib/command.ts';
import { UsageError, langOf } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';

/** Refuses arguments a command takes none of (`plan cms extra`), before its implementation is loaded. */
function noArguments(positionals: string[]): void {
  if (positionals.length) throw new UsageError(say('usage.unexpected-argument', { value: positionals[0] ?? '' }));
}

const content = (values: OptionValues) => str(values['content']) ?? 'content';

/**
 * Every `plan` command, in the order `plan --help` lists them; scripts/plan.ts only parses flags and picks one.
 * Each entry holds only what the list of commands and flag parsing need (message catalogues);
 * `help` imports the command's help text when asked for, and `run` the command's implementation
 * when it runs, so `plan --help`, `plan X --help` and usage errors start without loading Git,
 * Excel, the MDX parser or the rules, and a command without the help texts (tests/unit/cli-startup.test.ts).
 */
export const commands: Record<string, Command> = {
  check: {
    summary: say('summary.check'),
    help: async () => (await import('./help/check.ts')).checkHelp,
    options: { content: string, format: string, 'as-of': string, changed: string },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { check } = await import('./check.ts');
      return check({ content: content(values), format: str(values['format']), asOf: str(values['as-of']), changed: str(values['changed']) }, io);
    },
  },
  rollup: {
    summary: say('summary.rollup'),
    help: async () => (await import('./help/rollup.ts')).rollupHelp,
    options: { content: string, format: string, year: string, 'as-of': string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { rollup } = await import('./rollup.ts');
      return rollup({ content: content(values), format: str(values['format']), year: str(values['year']), asOf: str(values['as-of']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  budget: {
    summary: say('summary.budget'),
    help: async () => (await import('./help/budget.ts')).budgetHelp,
    options: { content: string, format: string, year: string, 'as-of': string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { budget } = await import('./budget.ts');
      return budget({ content: content(values), format: str(values['format']), year: str(values['year']), asOf: str(values['as-of']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  pace: {
    summary: say('summary.pace'),
    help: async () => (await import('./help/pace.ts')).paceHelp,
    options: { content: string, format: string, year: string, 'as-of': string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { pace } = await import('./pace.ts');
      return pace({ content: content(values), format: str(values['format']), year: str(values['year']), asOf: str(values['as-of']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  schema: {
    summary: say('summary.schema'),
    help: async () => (await import('./help/schema.ts')).schemaHelp,
    options: { format: string, write: flag, check: flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { schema } = await import('./schema.ts');
      return schema({ format: str(values['format']), write: values['write'] === true, check: values['check'] === true }, io);
    },
  },
  cms: {
    summary: say('summary.cms'),
    help: async () => (await import('./help/cms.ts')).cmsHelp,
    options: { content: string, write: flag, check: flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { cms } = await import('./cms.ts');
      return cms({ content: content(values), write: values['write'] === true, check: values['check'] === true }, io);
    },
  },
  new: {
    summary: say('summary.new'),
    help: async () => (await import('./help/new.ts')).newHelp,
    options: { content: string, date: string, name: string, unit: string, login: string, title: string, write: flag, force: flag },
    run: async (values, positionals, io) => {
      const { newFiles } = await import('./new.ts');
      return newFiles(positionals, { content: content(values), date: str(values['date']), name: str(values['name']), unit: str(values['unit']), login: str(values['login']), title: str(values['title']), write: values['write'] === true, force: values['force'] === true }, io);
    },
  },
  split: {
    summary: say('summary.split'),
    help: async () => (await import('./help/split.ts')).splitHelp,
    options: { content: string, by: string, weights: string, profile: string, round: string, 'as-of': string, from: string, all: flag, write: flag, force: flag },
    run: async (values, positionals, io) => {
      const { split } = await import('./split.ts');
      return split(
        positionals,
        {
          content: content(values),
          by: str(values['by']),
          weights: str(values['weights']),
          profile: str(values['profile']),
          round: str(values['round']),
          asOf: str(values['as-of']),
          from: str(values['from']),
          all: values['all'] === true,
          write: values['write'] === true,
          force: values['force'] === true,
        },
        io,
      );
    },
  },
  forecast: {
    summary: say('summary.forecast'),
    help: async () => (await import('./help/forecast.ts')).forecastHelp,
    options: { content: string, unit: string, method: string, format: string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      const { forecast } = await import('./forecast.ts');
      return forecast(positionals, { content: content(values), unit: str(values['unit']), method: str(values['method']), format: str(values['format']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  status: {
    summary: say('summary.status'),
    help: async () => (await import('./help/status.ts')).statusHelp,
    options: { content: string, 'as-of': string, person: string, format: string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { status } = await import('./status.ts');
      return status({ content: content(values), asOf: str(values['as-of']), person: str(values['person']), format: str(values['format']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  export: {
    summary: say('summary.export'),
    help: async () => (await import('./help/export.ts')).exportHelp,
    options: { content: string, format: string, year: string, 'as-of': string, out: string, table: string, force: flag, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { exportRollup } = await import('./export.ts');
      return exportRollup({ content: content(values), format: str(values['format']), year: str(values['year']), asOf: str(values['as-of']), out: str(values['out']), table: str(values['table']), force: values['force'] === true, allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  book: {
    summary: say('summary.book'),
    help: async () => (await import('./help/book.ts')).bookHelp,
    options: { content: string, unit: string, out: string, force: flag },
    run: async (values, positionals, io) => {
      if (positionals.length > 1) throw new UsageError(say('book.one-year', { got: positionals.join(' ') }));
      const { book } = await import('./book.ts');
      return book({ year: positionals[0], unit: str(values['unit']), lang: langOf(io), out: str(values['out']), force: values['force'] === true, content: content(values) }, io);
    },
  },
  import: {
    summary: say('summary.import'),
    help: async () => (await import('./help/import.ts')).importHelp,
    options: { content: string, from: string, month: string, sheet: string, map: strings, write: flag, force: flag, check: flag, 'allow-unmatched': flag, date: string, format: string },
    run: async (values, positionals, io) => {
      const { importCommand } = await import('./import.ts');
      return importCommand(
        positionals,
        {
          content: content(values),
          from: str(values['from']),
          month: str(values['month']),
          sheet: str(values['sheet']),
          map: strs(values['map']),
          write: values['write'] === true,
          force: values['force'] === true,
          check: values['check'] === true,
          allowUnmatched: values['allow-unmatched'] === true,
          date: str(values['date']),
          format: str(values['format']),
        },
        io,
      );
    },
  },
  codeowners: {
    summary: say('summary.codeowners'),
    help: async () => (await import('./help/codeowners.ts')).codeownersHelp,
    options: { content: string, check: flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { codeowners } = await import('./codeowners.ts');
      return codeowners({ content: content(values), check: values['check'] === true }, io);
    },
  },
  approvals: {
    summary: say('summary.approvals'),
    help: async () => (await import('./help/approvals.ts')).approvalsHelp,
    options: { repo: string, base: string, head: string, reviews: string, pr: string, author: string, github: flag, 'pr-number': string, record: flag, content: string, format: string, explain: flag },
    run: async (values, positionals, io) => {
      noArguments(positionals);
      const { approvals } = await import('./approvals.ts');
      return approvals(
        {
          repo: str(values['repo']),
          base: str(values['base']),
          head: str(values['head']),
          reviews: str(values['reviews']),
          pr: str(values['pr']),
          author: str(values['author']),
          github: values['github'] === true,
          prNumber: str(values['pr-number']),
          record: values['record'] === true,
          content: str(values['content']),
          format: str(values['format']),
          explain: values['explain'] === true,
        },
        io,
      );
    },
  },
  version: {
    summary: say('summary.version'),
    help: async () => (await import('./help/version.ts')).versionHelp,
    options: { message: string, ref: string, repo: string, format: string },
    run: async (values, positionals, io) => {
      const { version } = await import('./version.ts');
      return version(positionals, { message: str(values['message']), ref: str(values['ref']), repo: str(values['repo']), format: str(values['format']) }, io);
    },
  },
  diff: {
    summary: say('summary.diff'),
    help: async () => (await import('./help/diff.ts')).diffHelp,
    options: { format: string, repo: string, content: string, 'as-of': string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      const { diff } = await import('./diff.ts');
      return diff({ refs: positionals, format: str(values['format']), repo: str(values['repo']), content: str(values['content']), asOf: str(values['as-of']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
};
