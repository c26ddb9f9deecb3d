import path from 'node:path';
import { loadYears } from '../../src/cycle/content-years.ts';
import { statusAsMarkdown, statusAsText } from '../../src/cycle/status-format.ts';
import { statusReport } from '../../src/cycle/status.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles } from '../../src/model/invalid-files.ts';
import { siteProvenance } from '../../src/site/provenance.ts';
import { say } from '../lib/cli-messages.ts';

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
    throw new UsageError(say('usage.unknown-person', { person: options.person }));
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
