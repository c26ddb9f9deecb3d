import { minimalWith } from '/work/wt/gaps/tests/unit/helpers/fixture-edits.ts';
import { runPlan } from '/work/wt/gaps/tests/unit/helpers/run-plan.ts';
const F = '2026/people/li-na/01.plan.mdx';
const cases: [string, string, string][] = [
  ['date', 'date: 2025-12-29', 'date: 2025-02-30'],
  ['title true', 'title: 李娜 2026年1月销售计划', 'title: true'],
  ['title no', 'title: 李娜 2026年1月销售计划', 'title: no'],
  ['title null', 'title: 李娜 2026年1月销售计划', 'title: null'],
  ['amt 3500.001', 'online: 1.8万', 'online: 3500.001'],
  ['amt 12abc', 'online: 1.8万', 'online: 12abc'],
  ['amt 0213500', 'online: 1.8万', 'online: 0213500'],
  ['target 12abc', 'target: 15万', 'target: 12abc'],
  ['folded', 'title: 李娜 2026年1月销售计划', 'title: >\n  李娜 2026年\n  1月销售计划'],
  ['literal', 'title: 李娜 2026年1月销售计划', 'title: |\n  李娜 2026年'],
  ['folded amount', 'online: 1.8万', 'online: >\n    1.8万'],
  ['tag float', 'month: 1', 'month: !!float 1'],
  ['tag int', 'month: 1', 'month: !!int 1'],
  ['tag str', 'online: 1.8万', 'online: !!str 3500'],
  ['tag int amt', 'online: 1.8万', 'online: !!int 3500'],
  ['tag custom', 'online: 1.8万', 'online: !custom 3500'],
  ['tag title', 'title: 李娜 2026年1月销售计划', 'title: !!str 李娜'],
  ['dash', 'online: 1.8万', 'online: - 3500'],
  ['dash target', 'target: 15万', 'target: - 3500'],
];
for (const [name, find, replace] of cases) {
  const dir = minimalWith({ file: F, find, replace });
  for (const lang of ['zh-CN', 'en']) {
    const r = await runPlan(['check', '--content', dir, '--as-of', '2026-01-20', '--format', 'json', '--lang', lang]);
    let d: any[] = [];
    try { d = JSON.parse(r.stdout).diagnostics.filter((x: any) => x.severity === 'error'); } catch { console.log(r.stdout, r.stderr); }
    console.log(`[${name}] ${lang} code=${r.code}`);
    for (const x of d) console.log(`   ${x.line}:${x.column} ${x.rule} ${x.message}`);
  }
}
