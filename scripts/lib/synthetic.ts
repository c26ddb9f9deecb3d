import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A synthetic company for benchmarks: `units` × `perUnit` people, each with an annual plan,
 * 12 monthly plans and 12 monthly reports, all adding up (so `plan check` has no errors).
 */
export function writeSyntheticCompany(dir: string, { units = 10, perUnit = 100, year = 2026 } = {}): number {
  rmSync(dir, { recursive: true, force: true });
  const groups = ['key-accounts', 'distributors', 'retail', 'online'];
  const lines = ['promotion', 'labor', 'commission', 'advertising', 'other'];
  const unitIds = Array.from({ length: units }, (_, index) => `unit-${index + 1}`);
  const people: { id: string; unit: string }[] = unitIds.flatMap((unit, u) => Array.from({ length: perUnit }, (_, p) => ({ id: `p-${u + 1}-${p + 1}`, unit })));
  let files = 0;
  const write = (relative: string, text: string) => {
    const full = path.join(dir, String(year), relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    files++;
  };
  // Each person: 12 months of (10 + month) 万, so the year is 198万; groups split 4 ways in 元.
  const monthYuan = (month: number) => (10 + month) * 10_000;
  const personYuan = Array.from({ length: 12 }, (_, index) => monthYuan(index + 1)).reduce((a, b) => a + b, 0);
  const unitYuan = personYuan * perUnit;
  const org = [
    `year: ${year}`,
    'company:',
    '  name: 基准测试有限公司',
    'targets:',
    `  revenue: ${unitYuan * units}`,
    `  profit: ${units * 1_000_000}`,
    `  newProductRevenue: ${units * 500_000}`,
    'roles:',
    '  gm: gm',
    '  marketingVp: vp',
    '  finance: [cfo]',
    'units:',
    ...unitIds.flatMap((id) => [`  - id: ${id}`, `    name: 事业部${id}`, `    manager: m-${id}`]),
    'people:',
    '  - { id: gm, name: 总经理, title: 总经理, login: gm-login }',
    '  - { id: vp, name: 副总, title: 营销副总, login: vp-login }',
    '  - { id: cfo, name: 财务, title: 财务经理, login: cfo-login }',
    ...unitIds.map((id) => `  - { id: m-${id}, name: 经理${id}, title: 经理, unit: ${id}, login: m-${id}-login }`),
    ...people.map((person) => `  - { id: ${person.id}, name: 销售${person.id}, title: 销售代表, unit: ${person.unit}, login: ${person.id}-login }`),
    'customerGroups:',
    ...groups.map((id) => `  - { id: ${id}, name: ${id} }`),
    'expenseLines:',
    ...lines.map((id) => `  - { id: ${id}, name: ${id} }`),
    '',
  ].join('\n');
  write('org.yaml', org);
  for (const unit of unitIds) {
    const manager = `m-${unit}`;
    write(`units/${unit}/budget.mdx`, ['---', 'type: budget', `year: ${year}`, 'title: 预算', `author: ${manager}`, 'status: approved', `date: ${year - 1}-12-01`, `unit: ${unit}`, 'targets:', `  revenue: ${unitYuan}`, '  profit: 1000000', '  newProductRevenue: 500000', 'expenses:', '  total: 500万', '  lines:', ...lines.map((line) => `    ${line}: 100万`), '---', '', '预算说明。', ''].join('\n'));
  }
  for (const person of people) {
    const manager = `m-${person.unit}`;
    const head = (type: string, title: string, author: string, date: string) => ['---', `type: ${type}`, `year: ${year}`, `title: ${title}`, `author: ${author}`, 'status: approved', `date: ${date}`, `person: ${person.id}`];
    write(`people/${person.id}/plan.mdx`, [...head('person-plan', '年度计划', manager, `${year}-01-05`), `unit: ${person.unit}`, 'target:', `  revenue: ${personYuan}`, 'months:', ...Array.from({ length: 12 }, (_, index) => `  - ${monthYuan(index + 1)}`), '---', '', '## 个人目标', ''].join('\n'));
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const amount = monthYuan(month);
      const quarter = amount / 4;
      write(`people/${person.id}/${mm}.plan.mdx`, [...head('monthly-plan', `${month}月计划`, person.id, `${year}-${mm}-01`), `month: ${month}`, `target: ${amount}`, 'groups:', ...groups.map((group) => `  ${group}: ${quarter}`), '---', '', '## 工作安排', ''].join('\n'));
      const actual = amount + (month % 3) * 1000;
      write(`people/${person.id}/${mm}.report.mdx`, [...head('monthly-report', `${month}月总结`, person.id, `${year}-${mm}-28`), `month: ${month}`, 'actual:', `  revenue: ${actual}`, 'groups:', `  key-accounts: ${actual - 3 * quarter}`, ...groups.slice(1).map((group) => `  ${group}: ${quarter}`), 'spend:', '  promotion: 1000', '---', '', '## 本月销售情况', ''].join('\n'));
    }
  }
  return files;
}
