import { amount, mdx, str } from './frontmatter.ts';

export interface PersonPlanInput {
  year: number;
  person: string;
  name: string;
  unit: string;
  unitName: string;
  manager: string;
  managerName: string;
  date: string;
}

/** 个人年度销售计划 with zero targets: the manager fills them with plan split unit / person. */
export function personPlanTemplate(input: PersonPlanInput): string {
  const { year, person, name, unit, unitName, manager, managerName, date } = input;
  return mdx(
    [
      'type: person-plan',
      `year: ${year}`,
      `title: ${str(`${name} ${year}年个人年度销售计划`)}`,
      `author: ${manager}`,
      'status: draft',
      `date: ${date}`,
      `person: ${person}`,
      `unit: ${unit}`,
      'target:',
      `  revenue: ${amount(0)}          # plan split unit ${year} ${unit}`,
      'months:',
      ...Array.from({ length: 12 }, (_, index) => `  - ${amount(0)}        # ${index + 1}月`),
    ],
    [
      `# ${name} ${year}年个人年度销售计划`,
      '',
      `> 分解：${managerName}（${unitName}经理）\u3000依据：《${unitName}${year}年度销售预算》`,
      '',
      '## 个人目标',
      '',
      `年度目标由 \`plan split unit ${year} ${unit}\` 从事业部预算分解，月度目标由 \`plan split person ${year} ${person}\` 按季节性分解。`,
      '',
      '## 客户与区域',
      '',
      '负责区域、重点客户和合作经销商。',
      '',
      '## 措施',
      '',
      '1. 每月初与经理确认月度计划，按客户群分解；',
      '2. 按周跟进销售漏斗；',
      '3. 新产品与新客户开发目标。',
    ],
  );
}
