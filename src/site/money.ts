import { formatFen, formatFenDelta, formatFenDetail, formatFenShort, type Fen } from '../core/money.ts';
import type { Lang } from '../i18n/index.ts';

/**
 * How a page shows amounts, per language. Chinese readers count in 万; English readers in yuan and
 * millions. One decision for the whole portal:
 * - `short` (figure cards, summary tables, chart axes) is rounded: zh "8,950.23万" (to 0.01万 = 100元);
 *   en "¥89.50M", "¥0.84M" (to ¥0.01M = ¥10,000), so a column reads in one unit; amounts under
 *   ¥5,000, which would show as ¥0.00M, in whole yuan ("¥4,200").
 * - `detail` (detail tables, budget lines, the plan book) is exact: zh "21.35万" or "440,123.50元";
 *   en full yuan "¥440,123.50", "¥50,000,000" when there are no 分.
 * - `delta` is exact and signed: zh "+20万"; en "+¥200,000", "−¥0.01".
 */
export interface MoneyFormat {
  short(fen: Fen): string;
  detail(fen: Fen): string;
  delta(fen: Fen): string;
}

const ZH: MoneyFormat = { short: formatFenShort, detail: formatFenDetail, delta: formatFenDelta };

/** ¥1M = 100,000,000 分. */
const MILLION = 100_000_000;
/** ¥0.01M: the step English summaries round to. */
const MILLION_STEP = 1_000_000;

/** "¥440,123.50"; "¥50,000,000" for whole yuan; "-¥…" for negatives (exact). */
function fullYuan(fen: Fen): string {
  return formatFen(fen, 'yuan').replace(/\.00$/, '');
}

/** Rounds half away from zero to a multiple of `step` 分, in integers. */
const roundTo = (fen: Fen, step: number) => Math.sign(fen) * Math.floor((Math.abs(fen) + step / 2) / step) * step;

function millions(fen: Fen): string {
  const rounded = roundTo(fen, MILLION_STEP);
  if (rounded === 0) return fullYuan(roundTo(fen, 100));
  const whole = Math.floor(Math.abs(rounded) / MILLION);
  const hundredths = Math.floor((Math.abs(rounded) % MILLION) / MILLION_STEP);
  return `${rounded < 0 ? '-' : ''}¥${whole.toLocaleString('en-US')}.${String(hundredths).padStart(2, '0')}M`;
}

const EN: MoneyFormat = {
  short: millions,
  detail: fullYuan,
  delta: (fen) => (fen === 0 ? '0' : `${fen > 0 ? '+' : '\u2212'}${fullYuan(Math.abs(fen))}`),
};

/** The amount formats of a page in `lang`. */
export const moneyFormat = (lang: Lang): MoneyFormat => (lang === 'en' ? EN : ZH);
