import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listText } from '../../src/core/messages.ts';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { gitState } from '../../src/edit/git-state.ts';
import { appendPerson, personEntry } from '../../src/edit/org-text.ts';
import { EXIT, UsageError, textFor, type Io } from '../lib/cli.ts';
import { dateOption, idArgument, monthArgument, parseYear } from '../lib/options.ts';
import { annualReportFile, midyearReviewFile, missingPersonPlans, monthlyPlanFile, monthlyReportFile, newYearFiles, personPlanFile, type NewFile } from '../../src/templates/scaffold.ts';
import { say } from '../lib/cli-messages.ts';
import { refuseInvalidSources } from '../lib/invalid-content.ts';
import { shownIn } from '../lib/shown-path.ts';

export interface NewOptions {
  content: string;
  date?: string | undefined;
  name?: string | undefined;
  unit?: string | undefined;
  login?: string | undefined;
  title?: string | undefined;
  write: boolean;
  force: boolean;
}

export async function newFiles(positionals: readonly string[], options: NewOptions, io: Io): Promise<number> {
  const [kind, yearText, ...rest] = positionals;
  const year = parseYear(yearText);
  if (!kind || year === undefined) throw new UsageError(say('new.usage'));
  const date = dateOption('--date', options.date);
  const { dir, load, model } = await loadYears(options.content, io.cwd);
  const display = (file: string) => shownIn(options.content, file);
  let files: NewFile[];
  switch (kind) {
    case 'year':
      expectArgs(rest, 0, 'plan new year <year>');
      files = newYearFiles(yearContent(model, year - 1), dir, date);
      break;
    case 'people':
      expectArgs(rest, 0, 'plan new people <year>');
      files = missingPersonPlans(yearContent(model, year), date);
      break;
    case 'person':
      return await newPerson(year, rest, options, { dir, model, display }, io);
    case 'monthly-plan':
    case 'monthly-report': {
      expectArgs(rest, 2, `plan new ${kind} <year> <person> <MM>`);
      const month = monthArgument(rest[1], '');
      const content = yearContent(model, year);
      if (kind === 'monthly-plan') refuseInvalidSources(load, [`${year}/people/${rest[0] ?? ''}/plan.mdx`]);
      files = [kind === 'monthly-plan' ? monthlyPlanFile(content, rest[0] ?? '', month, date) : monthlyReportFile(content, rest[0] ?? '', month, date)];
      break;
    }
    case 'midyear-review':
      expectArgs(rest, 1, 'plan new midyear-review <year> <unit>');
      files = [midyearReviewFile(yearContent(model, year), rest[0] ?? '', date)];
      break;
    case 'annual-report':
      expectArgs(rest, 0, 'plan new annual-report <year>');
      files = [annualReportFile(yearContent(model, year), date)];
      break;
    default:
      throw new UsageError(say('new.kind', { kind }));
  }
  const code = create(dir, files, display, io);
  if (code === EXIT.ok && kind === 'year') {
    io.out(textFor(io, say('new.next', { org: display(`${year}/org.yaml`), previous: year - 1, year })));
  }
  return code;
}

/** Creates every file or none: an existing file stops the whole scaffold before anything is written. */
function create(dir: string, files: readonly NewFile[], display: (file: string) => string, io: Io): number {
  const existing = files.filter((file) => existsSync(path.join(dir, file.path)));
  if (existing.length) {
    io.err(textFor(io, say('new.exists', { count: existing.length, files: existing.map((file) => `  ${display(file.path)}`).join('\n') })));
    return EXIT.violations;
  }
  for (const file of files) {
    const full = path.join(dir, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeAtomic(full, file.text, { exclusive: true });
    io.out(textFor(io, say('new.created', { file: display(file.path) })));
  }
  return EXIT.ok;
}

interface Context {
  dir: string;
  model: Awaited<ReturnType<typeof loadYears>>['model'];
  display: (file: string) => string;
}

async function newPerson(year: number, rest: readonly string[], options: NewOptions, { dir, model, display }: Context, io: Io): Promise<number> {
  expectArgs(rest, 1, 'plan new person <year> <id>');
  const id = idArgument(rest[0] ?? '', 'person id');
  const content = yearContent(model, year);
  const org = content.org?.data;
  const date = dateOption('--date', options.date);
  if (org?.people.some((person) => person.id === id)) return create(dir, [personPlanFile(year, org, id, date)], display, io);
  const { name, unit, login, title = '销售代表' } = options;
  if (!name || !unit || !login) throw new UsageError(say('new.person-entry', { id, year }));
  if (!org?.units.some((candidate) => candidate.id === unit)) throw new UsageError(say('new.unit', { unit, allowed: listText(org?.units.map((candidate) => candidate.id) ?? []) }));
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(login)) throw new UsageError(say('new.login', { login }));
  const entry = { id, name, title, unit, login };
  const orgFile = path.join(dir, content.org?.path ?? `${year}/org.yaml`);
  if (!options.write) {
    io.out(textFor(io, say('new.not-in-org', { id, org: display(`${year}/org.yaml`), entry: personEntry(entry).join('\n') })));
    return EXIT.ok;
  }
  const state = await gitState(orgFile);
  if (!options.force && (state === 'modified' || state === 'untracked')) {
    io.err(textFor(io, say('new.org-dirty', { org: display(`${year}/org.yaml`) })));
    return EXIT.violations;
  }
  const planPath = `${year}/people/${id}/plan.mdx`;
  if (existsSync(path.join(dir, planPath))) {
    io.err(textFor(io, say('new.plan-exists', { file: display(planPath) })));
    return EXIT.violations;
  }
  const orgText = appendPerson(readFileSync(orgFile, 'utf8'), entry);
  io.out(textFor(io, say('new.adding', { org: display(`${year}/org.yaml`), entry: personEntry(entry).join('\n') })));
  writeAtomic(orgFile, orgText);
  io.out(textFor(io, say('new.updated', { org: display(`${year}/org.yaml`) })));
  const withPerson = { ...org, people: [...org.people, { ...entry, regions: [] }] };
  return create(dir, [personPlanFile(year, withPerson, id, date)], display, io);
}

function expectArgs(rest: readonly string[], count: number, usage: string): void {
  if (rest.length !== count) throw new UsageError(say('usage.expected', { usage }));
}
