import type { Text } from '../../src/core/messages.ts';
import type { Figures } from '../../src/model/rollup.ts';
import { say } from './cli-messages.ts';

/** "82.5% of plan to date, 1 report missing" / "进度完成率 82.5%，1 份月报未交": the one definition's figure and what is missing. */
export function attainmentToDateText(figures: Pick<Figures, 'attainmentToDate' | 'missingReports'>): Text {
  const percent = (figures.attainmentToDate * 100).toFixed(1);
  return figures.missingReports === 0 ? say('figures.to-date', { percent }) : say('figures.to-date-missing', { percent, count: figures.missingReports });
}
