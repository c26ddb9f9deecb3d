import { describe, expect, it } from 'vitest';
import { textIn } from '../../src/core/messages.ts';
import { say } from '../../scripts/lib/cli-messages.ts';
import { checkCounts } from '../../scripts/lib/format-diagnostics.ts';

describe("plan check's summary counts", () => {
  it('one error, one warning, one file in the singular in English; the bare numbers in Chinese', () => {
    const one = say('check.counts', { mark: '✖', ...checkCounts(1, 1, 1) });
    expect(textIn(one, 'en')).toBe('✖ 1 error, 1 warning in 1 file');
    expect(textIn(one, 'zh-CN')).toBe('✖ 1 个文件中有 1 个错误、1 个警告');
  });

  it('more, or none, in the plural', () => {
    expect(textIn(say('check.counts', { mark: '⚠', ...checkCounts(0, 3, 4) }), 'en')).toBe('⚠ 0 errors, 3 warnings in 4 files');
    expect(textIn(say('check.annotations', checkCounts(2, 0, 1)), 'en')).toBe('plan check: 1 file, 2 errors, 0 warnings');
    expect(textIn(say('check.annotations', checkCounts(2, 0, 1)), 'zh-CN')).toBe('plan check: 1 个文件，2 个错误，0 个警告');
  });
});
