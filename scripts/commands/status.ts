import path from 'node:path';
import { loadYears } from '../../src/cycle/content-years.ts';
import { statusAsMarkdown, statusAsText } from '../../src/cycle/status-format.ts';
import { statusReport } from '../../src/cycle/status.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles } from '../../src/model/invalid-files.ts';
import { siteProvenance } from '../../src/site/provenance.ts';

export const statusHelp = `plan status — what is due, done and late, and for whom, from the seed's calendar

Usage: plan status [--as-of YYYY-MM-DD] [--person ID] [--format text|json|markdown] [--content DIR]
                   [--allow-invalid]

  --as-of DATE    judge deadlines as of this date (default: today)
  --person ID     only what this person writes, what is about them and what waits for their approval
  --format        text (default), json (every item, stable), markdown (for an issue or PR comment)
  --content DIR   content folder (default: content)
  --allow-invalid report although files are invalid: each is listed as invalid, with its first error

Calendar: market research by 31 Oct and unit sales plans by 30 Nov of the year before, budgets
before the year starts, annual plans by 15 Jan, monthly plans by the 1st, monthly reports by the
month's end plus calendar.monthlyReportGraceDays, the mid-year review by calendar.midyearReviewDay
of July, the annual report by 31 Dec. Late items are listed with the file that is missing or
waiting for approval; due-soon means within 14 days. A document in review that the approval
ledger has not approved waits for its chain's first stage: the listing names that stage, the people
who can approve it and the days it has waited since its date: field.

Exit status: 0 (also when something is late: this is a report, plan check decides what fails),
1 a content file is invalid (nothing reported; see --allow-invalid), 2 usage error.`;

export interface StatusOptions {
  content: string;
  asOf?: string | undefined;
  person?: string | undefined;
  format?: string | undefined;
  allowInvalid?: boolean;
}

/** JSON output version: bump only with a documented, breaking change. */
export const STATUS_JSON_VERSION = 1;

export async function status(options: StatusOptions, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json', 'markdown'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const { dir, load, model } = await loadYears(options.content, io.cwd);
  const invalid = invalidFiles(load);
  const banner = guardFigures(invalid, { allowInvalid: options.allowInvalid === true, command: 'status', io });
  if (options.person !== undefined && ![...model.years.values()].some((content) => content.org?.data.people.some((person) => person.id === options.person))) {
    throw new UsageError(`Unknown person "${options.person}": not in any org.yaml`);
  }
  const provenance = await siteProvenance(dir);
  const lang = langOf(io);
  const report = statusReport(model, asOf, { person: options.person, invalid, provenance, lang });
  const base = `${path.relative(io.cwd, dir).split(path.sep).join('/') || '.'}/`;
  if (format === 'json') io.out(JSON.stringify({ version: STATUS_JSON_VERSION, content: base.slice(0, -1), ...(banner ? { warning: banner } : {}), ...report }, null, 2));
  else if (format === 'markdown') io.out(`${banner ? `> ${banner}\n\n` : ''}${statusAsMarkdown(report, base, lang)}`);
  else io.out(`${banner ? `${banner}\n\n` : ''}${statusAsText(report, base, lang)}`);
  return EXIT.ok;
}
