import type { Lang } from '../core/lang.ts';
import { joinTexts, listText, type Text, textIn, verbatim } from '../core/messages.ts';
import { englishOnly, say } from './approval-messages.ts';
import { ROLE_LABELS } from './chains.ts';
import type { DocumentResult, StageResult } from './evaluate.ts';

/** JSON output version of `plan approvals`: bump only with a documented, breaking change. */
export const APPROVALS_JSON_VERSION = 1;

/** What was evaluated: one head commit, its merge base with the base branch, and the change's authors. */
export interface ReportMeta {
  base: string;
  head: string;
  author: string;
  /** Commit identities no organisation file names ("Name <email>"). */
  unmatchedAuthors: string[];
}

/**
 * A file name as printable text: control characters (a carriage return can start a workflow command
 * in a log, issue 10) and line separators become visible escapes such as `\r` or `\u0007`.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => {
    const named: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A Markdown code span that no backtick in the text can close early. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${text}${longest ? ' ' : ''}${fence}`;
}

const evaluatedLine = (meta: ReportMeta) => say('approvals.evaluated', { head: meta.head, base: meta.base });
const unmatchedLine = (meta: ReportMeta, quote: (text: string) => string = printable) => say('approvals.unmatched', { identities: listText(meta.unmatchedAuthors.map(quote)) });

const mark = { approved: '✔', pending: '✖', waiting: '…' } as const;

/** "营销副总 marketing VP" in English beside the organisation's Chinese label; the label alone in Chinese. */
function stageName(stage: StageResult, deputy: 'approvals.stage-deputy-author' | 'approvals.stage-deputy'): Text {
  const role = englishOnly(ROLE_LABELS[stage.role].en);
  if (!stage.deputyFor) return say('approvals.stage', { label: stage.label, role });
  return say(deputy, { label: stage.label, role, deputyFor: ROLE_LABELS[stage.deputyFor] });
}

const marked = (sign: string, text: Text) => joinTexts([verbatim(sign), text], { zh: ' ', en: ' ' });
const joinOr = (names: readonly string[]) => joinTexts(names.map(verbatim), say('approvals.or'));

function stageLine(stage: StageResult, result: Pick<DocumentResult, 'authors'>): Text {
  const name = stageName(stage, 'approvals.stage-deputy-author');
  if (stage.approvedBy) return marked(mark.approved, say('approvals.approved-by', { stage: name, name: stage.approvedBy.name, login: stage.approvedBy.login, at: stage.approvedBy.at }));
  const wrote = new Set(result.authors.map((author) => author.login));
  const named = (holders: StageResult['holders']) => joinOr(holders.map((holder) => `${holder.name} @${holder.login}`));
  const eligible = stage.holders.filter((holder) => !wrote.has(holder.login.toLowerCase()));
  const who = eligible.length ? named(eligible) : stage.holders.length ? say('approvals.nobody-wrote', { holders: named(stage.holders) }) : say('approvals.nobody');
  return stage.status === 'waiting'
    ? marked(mark.waiting, say('approvals.waiting', { stage: name, who }))
    : marked(mark.pending, say('approvals.needs', { stage: name, who }));
}

/** The report's last line: all changed files approved, or how many still need approval. */
export function summaryLine(results: readonly DocumentResult[], lang: Lang): string {
  const approved = results.filter((result) => result.approved).length;
  if (results.length === 0) return textIn(say('approvals.no-files'), lang);
  return textIn(approved === results.length ? say('approvals.all-approved', { count: results.length }) : say('approvals.still-need', { pending: results.length - approved, count: results.length }), lang);
}

/** `plan approvals`' text report in `lang`: every changed file, its stages and the approvals that do not count. */
export function approvalsAsText(results: readonly DocumentResult[], meta: ReportMeta, lang: Lang): string {
  const read = (text: Text) => textIn(text, lang);
  const lines: string[] = [read(evaluatedLine(meta)), ''];
  if (meta.unmatchedAuthors.length) lines.splice(1, 0, read(unmatchedLine(meta)));
  for (const result of results) {
    lines.push(`${result.approved ? mark.approved : mark.pending} ${printable(result.path)}  [${result.kind}]`);
    if (result.problem) lines.push(`    ✖ ${read(result.problem)}`);
    for (const stage of result.stages) {
      lines.push(`    ${read(stageLine(stage, result))}`);
      for (const note of stage.notes) lines.push(`        ${read(note)}`);
    }
    for (const note of result.ignored) lines.push(`    · ${read(note)}`);
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(results, lang));
  return lines.join('\n');
}

const cell = (text: string) => printable(text).replace(/\|/g, '\\|');

/** The pull-request comment in `lang` (the workflows post it): the summary and one table row per stage. */
export function approvalsAsMarkdown(results: readonly DocumentResult[], meta: ReportMeta, lang: Lang): string {
  const read = (text: Text) => textIn(text, lang);
  const lines = [read(say('approvals.heading')), '', summaryLine(results, lang), '', cell(read(evaluatedLine(meta)))];
  // Commit names and e-mails are the pull request's text: code spans keep them from becoming links, HTML or mentions.
  if (meta.unmatchedAuthors.length) lines.push('', read(unmatchedLine(meta, (identity) => codeSpan(cell(identity)))));
  if (results.length) lines.push('', read(say('approvals.table')), '|---|---|---|');
  for (const result of results) {
    const file = codeSpan(cell(result.path));
    if (result.problem) lines.push(`| ${file} | — | ✖ ${cell(read(result.problem))} |`);
    result.stages.forEach((stage, index) => {
      const notes = stage.notes.length ? `<br>${stage.notes.map((note) => cell(read(note))).join('<br>')}` : '';
      lines.push(`| ${index === 0 && !result.problem ? file : ''} | ${stage.label} | ${cell(read(stageLine(stage, result)))}${notes} |`);
    });
  }
  return lines.join('\n');
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands: an error on every document whose chain is incomplete. */
export function approvalsAsGithub(results: readonly DocumentResult[], meta: ReportMeta, lang: Lang): string {
  const read = (text: Text) => textIn(text, lang);
  const lines = results
    .filter((result) => !result.approved)
    .map((result) => {
      const detail = [result.problem ? read(result.problem) : '', ...result.stages.flatMap((stage) => [stageLine(stage, result), ...stage.notes].map(read))].filter(Boolean).join('\n');
      return `::error file=${escapeProperty(result.path)},line=1,title=approval-chain::${escapeData(detail)}`;
    });
  return [read(evaluatedLine(meta)), ...lines, summaryLine(results, lang)].join('\n');
}

/** JSON for scripts: its texts stay English whatever the reader's language, so consumers see one text. */
export function approvalsAsJson(results: readonly DocumentResult[], meta: ReportMeta): string {
  // The keys in evaluate.ts's order, as before the texts became bilingual.
  const documents = results.map((result) => ({
    ignored: result.ignored.map((note) => note.en),
    authors: result.authors.map((author) => ({ login: author.login, why: author.why.en })),
    path: result.path,
    kind: result.kind,
    approved: result.approved,
    stages: result.stages.map((stage) => ({ ...stage, notes: stage.notes.map((note) => note.en) })),
    ...(result.problem ? { problem: result.problem.en } : {}),
  }));
  return JSON.stringify({ version: APPROVALS_JSON_VERSION, approved: results.every((result) => result.approved), ...meta, documents }, null, 2);
}

/**
 * `plan approvals --explain`: for each changed file its chain, the stages done, and who may still
 * approve each remaining stage (holders who did not write the change and approved no earlier stage).
 */
export function approvalsExplained(results: readonly DocumentResult[], meta: ReportMeta, lang: Lang): string {
  const read = (text: Text) => textIn(text, lang);
  const lines: string[] = [read(evaluatedLine(meta))];
  if (meta.unmatchedAuthors.length) lines.push(read(unmatchedLine(meta)));
  for (const result of results) {
    const chain = say('approvals.chain', { labels: result.stages.map((stage) => stage.label).join(' → '), roles: englishOnly(result.stages.map((stage) => ROLE_LABELS[stage.role].en).join(' → ')) });
    lines.push('', `${printable(result.path)}  [${result.kind}]`, read(chain));
    if (result.authors.length) lines.push(read(say('approvals.written-by', { authors: joinTexts(result.authors.map((author) => say('approvals.wrote', author)), { zh: '、', en: ', ' }) })));
    if (result.problem) lines.push(`    ✖ ${read(result.problem)}`);
    const wrote = new Set(result.authors.map((author) => author.login));
    const used = new Set(result.stages.flatMap((stage) => (stage.approvedBy ? [stage.approvedBy.login.toLowerCase()] : [])));
    for (const stage of result.stages) {
      const name = stageName(stage, 'approvals.stage-deputy');
      if (stage.approvedBy) {
        lines.push(`    ${mark.approved} ${read(say('approvals.done', { stage: name, name: stage.approvedBy.name, login: stage.approvedBy.login, at: stage.approvedBy.at }))}`);
        continue;
      }
      const may = stage.holders.filter((holder) => !wrote.has(holder.login.toLowerCase()) && !used.has(holder.login.toLowerCase()));
      const named = may.map((holder) => (holder.deputyOf ? say('approvals.stand-in', { name: holder.name, login: holder.login }) : verbatim(`${holder.name} @${holder.login}`)));
      const who = named.length ? joinTexts(named, say('approvals.or')) : say('approvals.nobody');
      lines.push(`    ${mark[stage.status]} ${read(say(stage.status === 'waiting' ? 'approvals.may-approve-after' : 'approvals.may-approve', { stage: name, who }))}`);
      for (const holder of stage.holders.filter((candidate) => !may.includes(candidate))) {
        lines.push(read(say(wrote.has(holder.login.toLowerCase()) ? 'approvals.not-wrote' : 'approvals.not-used', { login: holder.login })));
      }
    }
  }
  lines.push('', summaryLine(results, lang));
  return lines.join('\n');
}
