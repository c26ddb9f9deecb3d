/** How each document type is named to people, in Chinese first as the seed names them. */
export const DOCUMENT_LABELS: Record<string, { zh: string; en: string }> = {
  'market-research': { zh: '市场调研报告', en: 'market research report' },
  'sales-plan': { zh: '销售计划', en: 'sales plan' },
  budget: { zh: '销售预算', en: 'budget' },
  'person-plan': { zh: '个人年度销售计划', en: 'annual plan' },
  'monthly-plan': { zh: '月度销售计划', en: 'monthly plan' },
  'monthly-report': { zh: '月度销售总结', en: 'monthly report' },
  'midyear-review': { zh: '半年销售总结', en: 'mid-year review' },
  'annual-report': { zh: '年度销售总结报告', en: 'annual report' },
};

export function documentLabel(type: string, month?: number): string {
  const label = DOCUMENT_LABELS[type];
  const name = label ? `${label.zh} ${label.en}` : type;
  return month ? `${name}, ${month}月` : name;
}
