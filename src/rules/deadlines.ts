import { obligations } from '../model/calendar.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { personName, type Rule } from './context.ts';

const LABEL: Record<string, string> = {
  'market-research': '市场调研报告 market research report',
  'sales-plan': '销售计划 sales plan',
  budget: '销售预算 budget',
  'person-plan': '个人年度销售计划 annual plan',
  'monthly-plan': '月度销售计划 monthly plan',
  'monthly-report': '月度销售总结 monthly report',
  'midyear-review': '半年销售总结 mid-year review',
  'annual-report': '年度销售总结报告 annual report',
};

/** Overdue documents of the seed's calendar: warnings, or errors when the org file sets calendar.strict. */
export const deadlines: Rule = ({ content, asOf, invalid }) => {
  const org = content.org;
  if (!org) return [];
  const severity = org.data.calendar.strict ? 'error' : 'warning';
  const base = org.file.slice(0, org.file.length - org.path.length);
  return obligations(content, asOf)
    // A file that exists but is invalid was reported already; calling it missing would mislead.
    .filter((entry) => entry.state === 'overdue' && !invalid.has(entry.path))
    .map((entry): Diagnostic => {
      const what = `${LABEL[entry.type] ?? entry.type}${entry.month ? ` for month ${entry.month}` : ''}`;
      const whose = personName(content, entry.owner);
      const message = entry.progress === 'missing'
        ? `Missing ${what}, due ${entry.due} (${whose})`
        : `Unexpected status "${entry.document?.data.status}" for ${what}, expected approved by ${entry.due}`;
      return { rule: 'overdue', severity, file: `${base}${entry.path}`, line: 1, column: 1, message, hint: `As of ${asOf}.` };
    });
};
