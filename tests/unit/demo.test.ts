import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/core/money.ts';
import { copyContent, runPlan } from './helpers/run-plan.ts';

const AS_OF = ['--as-of', '2026-11-27'];

describe('the demo company', () => {
  it('passes plan check as of 2026-11-27 with only the late October report, the demo approval records and 李娜’s edited approved report warned', async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', ...AS_OF, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.errors).toBe(0);
    expect(json.diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`)).toEqual(['unverified-approval .github/approvals.jsonl', 'overdue content/2026/people/he-jun/10.report.mdx', 'status-contradicts-ledger content/2026/people/li-na/10.report.mdx']);
  });

  it('fails with the file, the line and the 0.01 difference when one month moves by 0.01 yuan', async () => {
    const dir = copyContent('content');
    const file = path.join(dir, '2026/people/he-jun/plan.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes('# 3月'));
    const match = /^(\s+- )(\S+)(.*)$/.exec(lines[index] ?? '');
    if (!match) throw new Error('demo plan has no March line');
    const parsed = parseMoney(match[2]);
    if (!parsed.ok) throw new Error(parsed.message);
    lines[index] = `${match[1]}${(parsed.fen + 1) / 100}${match[3]}`;
    writeFileSync(file, lines.join('\n'));

    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/content\/2026\/people\/he-jun\/plan\.mdx/);
    expect(stdout).toMatch(new RegExp(`^\\s+${index + 1}:\\d+\\s+error\\s+Month 3 of the annual plan .*\\+0\\.01元`, 'm'));
    expect(stdout).toMatch(/error\s+何俊's 12 months add up to .*: \+0\.01元\s+\[person-months\]/);
  });

  it('rolls up to the 分 as integers, company = units = people', async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'rollup', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.unit).toBe('fen');
    const fy2026 = json.years.find((year: { year: number }) => year.year === 2026);
    const units = fy2026.units as { target: number; actual: number; people: { target: number; actual: number; months: { target: number; actual: number | null }[] }[] }[];
    expect(units.length).toBeGreaterThanOrEqual(2);
    expect(fy2026.target).toBe(units.reduce((sum, unit) => sum + unit.target, 0));
    expect(fy2026.actual).toBe(units.reduce((sum, unit) => sum + unit.actual, 0));
    for (const unit of units) {
      expect(unit.target).toBe(unit.people.reduce((sum, person) => sum + person.target, 0));
      for (const person of unit.people) {
        expect(person.months).toHaveLength(12);
        expect(Number.isSafeInteger(person.target)).toBe(true);
        expect(person.months.reduce((sum, month) => sum + month.target, 0)).toBe(person.target);
        expect(person.months[9]?.actual === null || Number.isSafeInteger(person.months[9]?.actual)).toBe(true);
      }
    }
  });
});

describe('attainment to date', () => {
  it('counts a month only for the people who reported it, so one late report does not drag the unit', async () => {
    const { stdout } = await runPlan(['--lang', 'en', 'rollup', '--format', 'json']);
    const south = JSON.parse(stdout).years[0].units.find((unit: { id: string }) => unit.id === 'south');
    const people = south.people as { targetToDate: number; actual: number; months: { actual: number | null }[] }[];
    expect(people.some((person) => person.months[9]?.actual === null)).toBe(true);
    expect(south.targetToDate).toBe(people.reduce((sum, person) => sum + person.targetToDate, 0));
    expect(south.actual).toBe(people.reduce((sum, person) => sum + person.actual, 0));
  });
});

describe('one bad file', () => {
  it('is reported once for what it is, not again as a missing document', async () => {
    const dir = copyContent('content');
    const file = path.join(dir, '2026/people/zhang-wei/09.report.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^month: 9$/m, 'month: [9'));
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF, '--format', 'json']);
    expect(code).toBe(1);
    const mine = JSON.parse(stdout).diagnostics.filter((d: { file: string }) => d.file.endsWith('zhang-wei/09.report.mdx'));
    expect(mine.map((d: { rule: string }) => d.rule)).toEqual(['yaml-syntax']);
  });
});
