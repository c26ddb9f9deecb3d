import { describe, expect, it } from 'vitest';
import { diffAsMarkdown } from '../../src/approvals/diff-report.ts';
import type { PlanDiff } from '../../src/approvals/plan-diff.ts';
import { verbatim } from '../../src/core/messages.ts';

describe('the pull-request comment escapes text from content files', () => {
  it('renders a hostile name and message as text: no link, no table cell, no mention, one line', () => {
    const diff: PlanDiff = {
      base: 'a',
      head: 'b',
      moves: [{ year: 2026, scope: 'person', id: 'zhang-wei', name: '[点我](javascript:alert(3)) | x', figure: 'target', label: '目标', base: 100, head: 200 }],
      broken: [{ rule: 'schema', severity: 'error', file: 'content/2026/org.yaml', line: 3, column: 1, message: verbatim('Unexpected "@all\n# 标题 ![x](http://e/x.png)"') }],
      fixed: [],
      headErrors: 1,
      approvals: [],
      invalid: { base: [], head: [] },
    };
    const markdown = diffAsMarkdown(diff);
    expect(markdown).toContain('| FY2026 | \\[点我\\](javascript:alert(3)) \\| x | 目标 |');
    expect(markdown.split('\n')[2]).toMatch(/^\\\[点我\\\]\(javascript/);
    expect(markdown).toContain('Unexpected "\\@all \\# 标题 \\!\\[x\\](http://e/x.png)" [schema]');
  });
});
