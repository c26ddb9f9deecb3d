import { type Command, booleanOption as flag, str, stringOption as string, type OptionValues } from '../lib/command.ts';
import { UsageError } from '../lib/cli.ts';
import { approvals, approvalsHelp } from './approvals.ts';
import { check, checkHelp } from './check.ts';
import { codeowners, codeownersHelp } from './codeowners.ts';
import { diff, diffHelp } from './diff.ts';
import { exportHelp, exportRollup } from './export.ts';
import { forecast, forecastHelp } from './forecast.ts';
import { newFiles, newHelp } from './new.ts';
import { rollup, rollupHelp } from './rollup.ts';
import { schema, schemaHelp } from './schema.ts';
import { split, splitHelp } from './split.ts';
import { status, statusHelp } from './status.ts';

const content = (values: OptionValues) => str(values['content']) ?? 'content';

/** Every `plan` command, in the order `plan --help` lists them; scripts/plan.ts only parses flags and picks one. */
export const commands: Record<string, Command> = {
  check: {
    summary: 'validate the content and check that every figure adds up',
    help: checkHelp,
    options: { content: string, format: string, 'as-of': string, changed: string },
    run: (values, _, io) => check({ content: content(values), format: str(values['format']), asOf: str(values['as-of']), changed: str(values['changed']) }, io),
  },
  rollup: {
    summary: 'print the roll-up company → unit → person → month',
    help: rollupHelp,
    options: { content: string, format: string, year: string, 'as-of': string, 'allow-invalid': flag },
    run: (values, _, io) => rollup({ content: content(values), format: str(values['format']), year: str(values['year']), asOf: str(values['as-of']), allowInvalid: values['allow-invalid'] === true }, io),
  },
  schema: {
    summary: 'print the content format reference (Markdown) or JSON Schemas',
    help: schemaHelp,
    options: { format: string, write: flag, check: flag },
    run: (values, _, io) => schema({ format: str(values['format']), write: values['write'] === true, check: values['check'] === true }, io),
  },
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
    options: { content: string, by: string, weights: string, profile: string, round: string, 'as-of': string, from: string, all: flag, write: flag, force: flag },
    run: (values, positionals, io) =>
      split(
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
      ),
  },
  forecast: {
    summary: 'H2 reforecast from H1 actuals, against the approved plan',
    help: forecastHelp,
    options: { content: string, unit: string, method: string, format: string, 'allow-invalid': flag },
    run: (values, positionals, io) => forecast(positionals, { content: content(values), unit: str(values['unit']), method: str(values['method']), format: str(values['format']), allowInvalid: values['allow-invalid'] === true }, io),
  },
  status: {
    summary: 'what is due, done and late, and for whom',
    help: statusHelp,
    options: { content: string, 'as-of': string, person: string, format: string, 'allow-invalid': flag },
    run: async (values, positionals, io) => {
      if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
      return status({ content: content(values), asOf: str(values['as-of']), person: str(values['person']), format: str(values['format']), allowInvalid: values['allow-invalid'] === true }, io);
    },
  },
  export: {
    summary: 'export the roll-up for finance as CSV or an Excel workbook',
    help: exportHelp,
    options: { content: string, format: string, year: string, 'as-of': string, out: string, lang: string, table: string, force: flag, 'allow-invalid': flag },
    run: (values, _, io) =>
      exportRollup({ content: content(values), format: str(values['format']), year: str(values['year']), asOf: str(values['as-of']), out: str(values['out']), lang: str(values['lang']), table: str(values['table']), force: values['force'] === true, allowInvalid: values['allow-invalid'] === true }, io),
  },
  codeowners: {
    summary: 'write .github/CODEOWNERS from the organisation files (--check: is it current?)',
    help: codeownersHelp,
    options: { content: string, check: flag },
    run: (values, _, io) => codeowners({ content: content(values), check: values['check'] === true }, io),
  },
  approvals: {
    summary: "is each document a pull request changes approved along the seed's chain?",
    help: approvalsHelp,
    options: { repo: string, base: string, head: string, reviews: string, pr: string, author: string, github: flag, 'pr-number': string, record: flag, content: string, format: string, explain: flag },
    run: (values, _, io) =>
      approvals(
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
      ),
  },
  diff: {
    summary: 'what a change does: figures that moved, checks broken or fixed, approvals needed',
    help: diffHelp,
    options: { format: string, repo: string, content: string, 'as-of': string, 'allow-invalid': flag },
    run: (values, positionals, io) =>
      diff({ refs: positionals, format: str(values['format']), repo: str(values['repo']), content: str(values['content']), asOf: str(values['as-of']), allowInvalid: values['allow-invalid'] === true }, io),
  },
};
