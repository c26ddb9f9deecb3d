import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { PathKey } from '../core/positions.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'figure-without-wan': { severity: 'warning', summary: 'A small figure is written without 万 while the figures beside it are written with 万.' },
} as const satisfies CodeDocs;

// A bare number below 1万 with no thousands separator: what 91.03万 looks like with its 万 forgotten.
// (`8,000` or `213,500` are deliberate 元 and pass.)
const BARE_SMALL = /^\d{1,4}(?:\.\d+)?$/;
const WITH_WAN = /[万亿]/;

/** Figures of one document that are written in the same unit as each other: its revenue family, its spend lines. */
function families(data: { type: string } & Record<string, unknown>): PathKey[][][] {
  const keys = (field: string) => Object.keys((data[field] ?? {}) as Record<string, unknown>).map((key) => [field, key]);
  if (data.type === 'monthly-report') {
    const actual = data['actual'] as Record<string, unknown>;
    const revenue = [['actual', 'revenue'], ...('newProductRevenue' in actual ? [['actual', 'newProductRevenue']] : []), ...keys('groups')];
    return [revenue, keys('spend')];
  }
  if (data.type === 'monthly-plan') return [[['target'], ...keys('groups')]];
  return [];
}

/**
 * Within a monthly report or plan, a figure below 1万 written as a bare number (`91.03`) among
 * siblings mostly written with 万 (`50万`, `41.03万`) is likely a forgotten 万: it is read as 元.
 */
export const figureWithoutWan: Rule<keyof typeof codes> = ({ content }) => {
  const out: Diagnostic<keyof typeof codes>[] = [];
  for (const document of content.documents) {
    if (!document.written) continue;
    // Without 万 or 亿 in any figure no family can be mostly written with them.
    if (document.writtenWithWan === false) continue;
    for (const paths of families(document.data as { type: string } & Record<string, unknown>)) {
      const texts = paths.map((path) => document.written?.(path));
      let withWan = 0;
      for (const text of texts) if (text !== undefined && WITH_WAN.test(text)) withWan++;
      // Only a family mostly written with 万 can hold a forgotten one: most have none, and are done here.
      if (withWan * 2 <= texts.length - 1) continue;
      texts.forEach((text, index) => {
        if (text === undefined || !BARE_SMALL.test(text) || Number(text) === 0) return;
        const path = paths[index] as PathKey[];
        out.push(
          report(document, path, 'figure-without-wan', say('figure-without-wan', { path: path.join('.'), text, withWan, siblings: texts.length - 1 }), {
            severity: 'warning',
            hint: say('figure-without-wan.hint', { text }),
          }),
        );
      });
    }
  }
  return out;
};
