import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { PathKey } from '../core/positions.ts';
import type { Loaded } from '../model/load.ts';
import { report } from './context.ts';
import { say } from './rule-messages.ts';
import { listText, type Text } from '../core/messages.ts';

/**
 * The code a comparison reports instead of its own when a file it needs is invalid; shared by
 * unit-allocation, company-units, plan-matches-budget and midyear-figures, declared here once.
 */
export const codes = {
  'comparison-skipped': { severity: 'warning', summary: 'A comparison not made because a file it needs exists but is invalid (that file has the error).' },
} as const satisfies CodeDocs;

export type SkippedCode = keyof typeof codes;

/**
 * The one report a comparison gets when a file it needs exists but is invalid: skipped, never made
 * with the figures missing (which would add a second error with a wrong expected figure).
 * `invalidPaths` are content paths (`<year>/…`); `what` names the comparison, e.g. "H1 target".
 */
export function skipped(document: Loaded<unknown>, path: readonly PathKey[], what: Text, invalidPaths: readonly string[]): Diagnostic<SkippedCode> {
  // Shown as the user sees paths (the content folder as they named it), like the file's own error.
  const base = document.file.endsWith(document.path) ? document.file.slice(0, document.file.length - document.path.length) : '';
  const shown = invalidPaths.map((path) => `${base}${path}`);
  const files = shown.length > 3 ? say('comparison-skipped.more', { files: listText(shown.slice(0, 3)), more: shown.length - 3 }) : listText(shown);
  return report(document, path, 'comparison-skipped', say(invalidPaths.length === 1 ? 'comparison-skipped.one' : 'comparison-skipped.many', { what, files }), { severity: 'warning', hint: say('comparison-skipped.hint') });
}
