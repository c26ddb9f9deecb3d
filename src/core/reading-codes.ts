import type { CodeDocs } from './diagnostics.ts';

/** Codes for files that cannot be read as a plan document: raised by the source reader, the YAML reader, the schemas and the loader. */
export const codes = {
  'yaml-syntax': { severity: 'error', summary: 'The frontmatter (or org.yaml) is not valid YAML, repeats a key, or uses a YAML tag (`!!float 1`), which the content format leaves out.' },
  'unsafe-frontmatter': { severity: 'error', summary: 'Frontmatter in a language other than YAML (`---js`, `---json`…); never evaluated.' },
  'missing-frontmatter': { severity: 'error', summary: 'A document without `---` frontmatter lines.' },
  'empty-file': { severity: 'error', summary: 'An empty content file.' },
  'binary-file': { severity: 'error', summary: 'A file that is not UTF-8 text.' },
  'unknown-file': { severity: 'warning', summary: 'A file under content/ that is not .mdx, .md or .yaml.' },
  'unknown-type': { severity: 'error', summary: '`type:` names no document type.' },
  'missing-field': { severity: 'error', summary: 'A required field is absent.' },
  'unknown-key': { severity: 'error', summary: 'A key the schema does not define (typos are errors, never ignored).' },
  schema: { severity: 'error', summary: 'A value of the wrong type or out of range.' },
  'money-format': { severity: 'error', summary: 'An amount that does not parse exactly to 分.' },
  'money-sign': { severity: 'error', summary: 'A negative amount in a field that is 0 or more (targets, budgets, plans, spend); only actuals net of returns may be negative.' },
  'control-character': { severity: 'error', summary: 'A control or bidirectional-override character in a name or title.' },
} as const satisfies CodeDocs;

export type ReadingCode = keyof typeof codes;
