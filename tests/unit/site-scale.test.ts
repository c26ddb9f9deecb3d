import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import type { YearRollup } from '../../src/model/rollup.ts';
import { treemapSpec } from '../../src/site/charts.ts';
import { attainmentExtremes, CHART_PEOPLE_MAX, TREEMAP_PEOPLE_MAX } from '../../src/site/scale.ts';

const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ label: `p${index}`, figures: { attainmentToDate: ((index * 37) % count) / count } }));

describe('a large unit’s attainment chart shows the extremes, not every person', () => {
  it('keeps every person up to the limit, in their order', () => {
    const few = rows(CHART_PEOPLE_MAX);
    expect(attainmentExtremes(few)).toEqual(few);
  });

  it('shows the 10 lowest and the 10 highest of 500 people, lowest first', () => {
    const many = rows(500);
    const shown = attainmentExtremes(many).map((row) => row.figures.attainmentToDate);
    const sorted = many.map((row) => row.figures.attainmentToDate).sort((a, b) => a - b);
    expect(shown).toEqual([...sorted.slice(0, 10), ...sorted.slice(-10)]);
  });
});

describe('a large company’s treemap shows units, not every person', () => {
  const company = (perUnit: number) =>
    ({
      units: ['east', 'west'].map((id) => ({ id, target: 100 * perUnit, people: Array.from({ length: perUnit }, (_, index) => ({ id: `${id}-${index}`, target: 100 })) })),
    }) as unknown as YearRollup;
  const t = translator('zh-CN');

  it('lists each person inside their unit up to the limit', () => {
    const spec = treemapSpec('公司', company(TREEMAP_PEOPLE_MAX / 2), undefined, 'zh-CN', t);
    expect(spec.table.rows).toHaveLength(2 + TREEMAP_PEOPLE_MAX);
  });

  it('lists the units only beyond it', () => {
    const spec = treemapSpec('公司', company(TREEMAP_PEOPLE_MAX), undefined, 'zh-CN', t);
    expect(spec.table.rows.map((row) => row[0])).toEqual(['east', 'west']);
  });
});
