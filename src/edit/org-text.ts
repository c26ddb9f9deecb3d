import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { PlanbookError } from '../core/errors.ts';

/** org.yaml could not be edited without rewriting more than the intended lines. */
export class OrgEditError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'org-edit';
}

function parse(text: string) {
  const document = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  if (document.errors.length) throw new OrgEditError(`org.yaml does not parse: ${document.errors[0]?.message ?? ''}`);
  return document;
}

/**
 * Next year's organisation file: last year's text with only the top-level `year:` value changed,
 * so comments and layout carry over. Comments that name the old year are the administrator's to
 * update, and `plan new year` says so.
 */
export function carryOverOrg(text: string, year: number): string {
  const node = parse(text).get('year', true) as Node | undefined;
  if (!isScalar(node) || !node.range) throw new OrgEditError('expected a top-level "year:" in org.yaml');
  const [start, end] = node.range;
  return text.slice(0, start) + String(year) + text.slice(end);
}

/** The org.yaml entry for a new person, indented like a block sequence item under `people:`. */
export function personEntry(person: { id: string; name: string; title: string; unit: string; login: string }, indent = '  '): string[] {
  return [`${indent}- id: ${person.id}`, `${indent}  name: ${person.name}`, `${indent}  title: ${person.title}`, `${indent}  unit: ${person.unit}`, `${indent}  login: ${person.login}`];
}

/** Adds lines after the last entry of the top-level `people:` list, keeping everything else as written. */
export function appendPerson(text: string, person: Parameters<typeof personEntry>[0]): string {
  const document = parse(text);
  const people = document.get('people', true) as Node | undefined;
  const last = isSeq(people) && !people.flow ? people.items.at(-1) : undefined;
  if (!isSeq(people) || !last || !(isMap(last) || isScalar(last)) || !last.range) throw new OrgEditError('expected a block list under "people:" in org.yaml');
  const itemStart = last.range[0];
  const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
  const dash = text.lastIndexOf('-', itemStart);
  const indent = text.slice(lineStart, dash >= lineStart ? dash : itemStart);
  const end = last.range[1];
  const newline = text.indexOf('\n', end - 1 >= 0 && text[end - 1] === '\n' ? end - 1 : end);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = newline === -1 ? text.length : newline + 1;
  const lines = personEntry(person, /^\s*$/.test(indent) ? indent : '  ').join(eol) + eol;
  return text.slice(0, at) + (newline === -1 ? eol : '') + lines + text.slice(at);
}
