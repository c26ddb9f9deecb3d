import type { Diagnostic } from '../core/diagnostics.ts';
import type { Text } from '../core/messages.ts';
import type { Loaded } from '../model/load.ts';
import type { YearContent } from '../model/model.ts';
import type { PathKey } from '../core/positions.ts';
import { orgIndex } from '../model/org-index.ts';

export interface RuleContext {
  content: YearContent;
  /** The date deadlines are judged against, YYYY-MM-DD. */
  asOf: string;
  /** Content paths that exist but were already reported as unreadable or invalid. */
  invalid: ReadonlySet<string>;
  /**
   * When set, the people whose files this run reports on (an incremental check's slice,
   * check-scopes.ts): a rule that lists people from org.yaml rather than from `content.people` lists only these.
   */
  people?: ReadonlySet<string>;
  /**
   * True when the run keeps only reports at the people's own folders (a split or incremental
   * check's slice of people's folders, check-scopes.ts): a rule may then leave org.yaml's own
   * entries and the company's and units' documents unchecked (10,000 people to check, or the
   * company's deadlines to judge, for each slice, for reports that are thrown away).
   */
  peopleOnly?: boolean;
}

/**
 * A rule reads one fiscal year and reports; it never throws for bad content. `Code` is what its
 * module declares in `codes`, so a rule cannot report a code it does not document.
 */
export type Rule<Code extends string> = (context: RuleContext) => Diagnostic<Code>[];

type Extra = Partial<Pick<Diagnostic, 'expected' | 'actual' | 'hint' | 'severity'>> & { at?: 'key' | 'value' };

/** A diagnostic located at `path` inside `document`. */
export function report<Code extends string>(document: Loaded<unknown>, path: readonly PathKey[], rule: Code, message: Text, extra: Extra = {}): Diagnostic<Code> {
  const { at = 'value', severity = 'error', ...figures } = extra;
  return { rule, severity, file: document.file, ...document.locate(path, at), message, ...figures };
}

/**
 * Invalid files of the year's people (`<year>/people/<person>/<name>`) whose name passes `name`
 * and who may belong to `unit`: by their valid annual plan, else by org.yaml, else possibly anyone's.
 */
export function invalidPeopleFiles(content: YearContent, invalid: ReadonlySet<string>, unit: string, name: (file: string) => boolean): string[] {
  const prefix = `${content.year}/people/`;
  return [...invalid].filter((path) => {
    if (!path.startsWith(prefix)) return false;
    const [person = '', file = ''] = path.slice(prefix.length).split('/');
    const personUnit = content.people.get(person)?.plan?.data.unit ?? (content.org && orgIndex(content.org.data).people.get(person)?.unit);
    return name(file) && (personUnit === undefined || personUnit === unit);
  }).sort();
}

/** Chinese display name of a unit, falling back to its id. */
export function unitName(content: YearContent, id: string): string {
  return (content.org && orgIndex(content.org.data).units.get(id)?.name) ?? id;
}

/** Chinese display name of a person, falling back to its id. */
export function personName(content: YearContent, id: string): string {
  return (content.org && orgIndex(content.org.data).people.get(id)?.name) ?? id;
}
