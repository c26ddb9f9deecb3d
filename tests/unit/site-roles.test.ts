import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import type { Org } from '../../src/schemas/index.ts';
import { approverName } from '../../src/site/names.ts';
import { approvalRoles } from '../../src/site/roles.ts';

// Only the fields approvalRoles and approverName read: who holds a role, which units each person manages, whom each stands in for, logins.
const org = {
  unitWord: '事业部',
  roles: { gm: 'wang', marketingVp: 'zhao', finance: ['qian', 'wang'] },
  units: [
    { id: 'east', name: '华东', nameEn: 'East', manager: 'li' },
    { id: 'west', name: '华西', manager: 'zhou' },
    { id: 'north', name: '华北', nameEn: 'North', manager: 'li' },
  ],
  people: [
    { id: 'li', name: '李娜', nameEn: 'Li Na', login: 'lina' },
    { id: 'zhou', name: '周强', deputy: 'sun' },
    { id: 'wu', name: '吴敏', nameEn: 'Wu Min', deputy: 'sun' },
    { id: 'sun', name: '孙伟', login: 'sunwei' },
    { id: 'chen', name: '陈晨', nameEn: 'Chen Chen', login: 'sunwei' },
  ],
} as unknown as Org;

describe('the approval roles a person page names (我的待办)', () => {
  it('names every unit a person manages and everyone they stand in for, in the organisation’s order', () => {
    expect(approvalRoles('zh-CN', org, 'li')).toEqual(['华东经理', '华北经理']);
    expect(approvalRoles('en', org, 'li')).toEqual(['Manager of East', 'Manager of North']);
    expect(approvalRoles('zh-CN', org, 'sun')).toEqual(['周强的代理审批人', '吴敏的代理审批人']);
    expect(approvalRoles('en', org, 'sun')).toEqual(['Stand-in for 周强', 'Stand-in for Wu Min']);
  });

  it('lists the company roles first, and nothing for someone who only writes plans', () => {
    expect(approvalRoles('zh-CN', org, 'wang')).toEqual(['总经理', '财务部']);
    expect(approvalRoles('zh-CN', org, 'zhou')).toEqual(['华西经理']);
    expect(approvalRoles('zh-CN', org, 'chen')).toEqual([]);
  });
});

describe('an approver as a page names them', () => {
  it('is the name the ledger recorded, on English pages the nameEn of the first person with that login', () => {
    expect(approverName('zh-CN', org, 'lina', '李娜（旧）')).toBe('李娜（旧）');
    expect(approverName('en', org, 'lina', '李娜（旧）')).toBe('Li Na');
    // Two people with one login: the first in org.yaml, who has no English name.
    expect(approverName('en', org, 'sunwei', '孙伟')).toBe('孙伟');
    expect(approverName('en', org, 'nobody', '某人')).toBe('某人');
    expect(approverName('en', undefined, 'lina', '李娜')).toBe('李娜');
  });
});

describe('translated texts with placeholders', () => {
  const t = translator('zh-CN');

  it('fills each placeholder, keeps a value’s $ patterns as written and leaves an unknown name as written', () => {
    expect(t('month.label', { month: 3 })).toBe('3月');
    expect(t('role.deputyOf', { name: 'A$&B$1' })).toBe('A$&B$1的代理审批人');
    expect(t('role.deputyOf', {})).toBe('{name}的代理审批人');
    expect(translator('en')('role.managerOf', { unit: 'East', other: 'x' })).toBe('Manager of East');
  });
});
