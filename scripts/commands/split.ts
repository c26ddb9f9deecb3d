import { listText, type Text, textIn } from '../../src/core/messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { gitState } from '../../src/edit/git-state.ts';
import { planSplit, SPLIT_METHODS, type SplitFigure, type SplitMethod, type SplitPlan, type SplitRequest, type SplitTarget } from '../../src/cycle/split.ts';
import { parseWeights } from '../../src/cycle/split-weights.ts';
import { textTable } from '../../src/core/text-table.ts';
import { setFigures } from '../../src/edit/yaml-figures.ts';
import { formatFen, formatFenDelta, parseMoney, sumFen, type Fen } from '../../src/core/money.ts';
import type { PathKey } from '../../src/core/positions.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { dateOption, monthArgument, parseYear } from '../lib/options.ts';
import { say } from '../lib/cli-messages.ts';
import { refuseInvalidSources } from '../lib/invalid-content.ts';
import { shownIn } from '../lib/shown-path.ts';

export interface SplitOptions {
  content: string;
  by?: string | undefined;
  weights?: string | undefined;
  profile?: string | undefined;
  round?: string | undefined;
  asOf?: string | undefined;
  from?: string | undefined;
  all?: boolean;
  write: boolean;
  force: boolean;
}

export async function split(positionals: readonly string[], options: SplitOptions, io: Io): Promise<number> {
  const [kind, yearText, id, monthText, ...extra] = positionals;
  const year = parseYear(yearText);
  if (!kind || year === undefined || !id) throw new UsageError(say('split.usage'));
  const target = targetOf(kind, id, monthText, extra);
  const method = (options.by ?? 'even') as SplitMethod;
  if (!SPLIT_METHODS.includes(method)) throw new UsageError(say('usage.one-of', { flag: '--by', value: options.by ?? '', allowed: listText(SPLIT_METHODS) }));
  if (options.weights !== undefined && method !== 'weights') throw new UsageError(say('usage.goes-with', { flag: '--weights', other: '--by weights' }));
  if (options.profile !== undefined && method !== 'seasonality') throw new UsageError(say('usage.goes-with', { flag: '--profile', other: '--by seasonality' }));
  const { dir, load, model } = await loadYears(options.content, io.cwd);
  if (target.kind === 'person') refuseInvalidSources(load, [`${year}/people/${target.person}/plan.mdx`]);
  const weights = options.weights === undefined ? undefined : parseWeights(options.weights);
  const plan = planSplit(yearContent(model, year), model.years.get(year - 1), { target, method, weights, profile: options.profile, round: roundOption(options.round), months: monthsOption(target, options) });
  const lang = langOf(io);
  io.out(preview(plan, lang));
  const changed = plan.figures.filter((figure) => figure.old !== figure.fen);
  const files = [...new Set(changed.map((figure) => figure.path))];
  if (changed.length === 0) {
    io.out(`\n${textIn(say('split.nothing'), lang)}`);
    return EXIT.ok;
  }
  if (!options.write) {
    io.out(`\n${textIn(say('split.preview-only', { figures: changed.length, files: files.length }), lang)}`);
    return EXIT.ok;
  }
  if (!options.force) {
    const dirty = [];
    for (const file of files) {
      const state = await gitState(path.join(dir, file));
      if (state === 'modified' || state === 'untracked') dirty.push(`  ${shownIn(options.content, file)} (${textIn(say(state === 'modified' ? 'split.uncommitted' : 'split.untracked'), lang)})`);
    }
    if (dirty.length) {
      io.err(textIn(say('split.dirty', { files: dirty.join('\n') }), lang));
      return EXIT.violations;
    }
  }
  for (const file of files) {
    const full = path.join(dir, file);
    const edits = changed.filter((figure) => figure.path === file).map((figure) => ({ path: figure.figure, fen: figure.fen }));
    writeAtomic(full, setFigures(readFileSync(full, 'utf8'), edits));
    io.out(textIn(say('split.wrote', { file: shownIn(options.content, file), count: edits.length }), lang));
  }
  return EXIT.ok;
}

/** Flags named together: “--from 和 --all”, “--from and --all”. */
const joinAnd = (flags: string[]): Text => ({ zh: flags.join(' 和 '), en: flags.join(' and ') });

/** `--round 1万` → 1,000,000分. */
function roundOption(text: string | undefined): Fen | undefined {
  if (text === undefined) return undefined;
  const parsed = parseMoney(text);
  if (!parsed.ok || parsed.fen <= 0) throw new UsageError(say('split.round', { value: text }));
  return parsed.fen;
}

/** Which months a person split may change; the flags mean nothing to a unit or month split. */
function monthsOption(target: SplitTarget, options: SplitOptions): SplitRequest['months'] {
  const given = [options.from !== undefined && '--from', options.all === true && '--all', options.asOf !== undefined && '--as-of'].filter((flag) => flag !== false);
  if (target.kind !== 'person') {
    if (given.length) throw new UsageError(say('split.person-only', { flags: joinAnd(given) }));
    return undefined;
  }
  if (given.length > 1) throw new UsageError(say('split.one-of', { flags: joinAnd(given) }));
  if (options.all === true) return 'all';
  if (options.from !== undefined) return { from: monthArgument(options.from, ' after --from') };
  return { asOf: dateOption('--as-of', options.asOf) };
}

function targetOf(kind: string, id: string, monthText: string | undefined, extra: readonly string[]): SplitTarget {
  if (extra.length) throw new UsageError(say('usage.unexpected-argument', { value: extra[0] ?? '' }));
  if (kind === 'unit' || kind === 'person') {
    if (monthText !== undefined) throw new UsageError(say('split.after', { value: monthText, kind }));
    return kind === 'unit' ? { kind, unit: id } : { kind, person: id };
  }
  if (kind === 'month') {
    return { kind, person: id, month: monthArgument(monthText, ' after plan split month <year> <person>') };
  }
  throw new UsageError(say('split.kind', { kind }));
}

/** The old → new table a person checks before writing: one table per file, or one row per file when each file holds one figure. */
export function preview(plan: SplitPlan, lang: Lang): string {
  const read = (text: Text) => textIn(text, lang);
  const lines = [read(say('split.heading', { title: plan.title, total: formatFen(plan.total), method: plan.method }))];
  const label = (figure: SplitFigure) => (figure.label === 'kept' ? read(say('split.kept')) : figure.label);
  const [file, name, oldLabel, newLabel, changeLabel] = (['split.col-file', 'split.col-figure', 'split.col-old', 'split.col-new', 'split.col-change'] as const).map((id) => read(say(id)));
  const change = (figure: SplitFigure) => (figure.old === figure.fen ? '' : formatFenDelta(figure.fen - (figure.old ?? 0)));
  const old = (figure: SplitFigure) => (figure.old === null ? '—' : formatFen(figure.old));
  const files = [...new Set(plan.figures.map((figure) => figure.file))];
  if (files.length > 1 && files.length === plan.figures.length) {
    const rows = plan.figures.map((figure) => [label(figure), figure.file, figureName(figure.figure), old(figure), formatFen(figure.fen), change(figure)]);
    lines.push('', textTable([['', file ?? '', name ?? '', oldLabel ?? '', newLabel ?? '', changeLabel ?? ''], ...rows], ['left', 'left', 'left', 'right', 'right', 'right']));
  } else {
    for (const each of files) {
      const rows = plan.figures.filter((figure) => figure.file === each).map((figure) => [label(figure), figureName(figure.figure), old(figure), formatFen(figure.fen), change(figure)]);
      lines.push('', each, textTable([['', name ?? '', oldLabel ?? '', newLabel ?? '', changeLabel ?? ''], ...rows], ['left', 'left', 'right', 'right', 'right']));
    }
  }
  const parts = plan.figures.filter((figure) => figure.figure[0] !== 'target' || figure.figure.length > 1);
  const oldSum = sumFen(parts.map((figure) => figure.old ?? 0));
  const newSum = sumFen(parts.map((figure) => figure.fen));
  lines.push('', read(say('split.sum', { sum: formatFen(newSum), old: formatFen(oldSum), total: formatFen(plan.total), result: newSum === plan.total ? say('split.exact') : formatFenDelta(newSum - plan.total) })));
  for (const note of plan.notes) lines.push(read(say('split.note', { note })));
  if (!plan.method.en.includes('in steps of') && plan.figures.some((figure) => figure.old !== figure.fen && figure.fen % 10_000 !== 0)) lines.push(read(say('split.note', { note: say('split.round-hint') })));
  return lines.join('\n');
}

/** A figure's place in the YAML for people: months.0 → 1月, groups.online, target.revenue. */
function figureName(figure: readonly PathKey[]): string {
  const [first, second] = figure;
  return first === 'months' && typeof second === 'number' ? `${second + 1}月` : figure.join('.');
}
