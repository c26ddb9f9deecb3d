import { describe, expect, it } from 'vitest';
import { attainmentExtremes, CHART_PEOPLE_MAX } from '../../src/site/scale.ts';

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
