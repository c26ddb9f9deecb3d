import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Field descriptions come from the JSDoc comments in src/schemas/*.ts, so the schema files are the
 * only place a field is described. Each comment is keyed by the chain of property names it sits
 * under (e.g. `expenses.total`); lookups match the longest suffix of a field's path.
 */
export interface FieldDocs {
  describe(file: string, fieldPath: readonly string[]): string | undefined;
  /** The JSDoc above `export const <name>Schema`, the type's summary. */
  summary(file: string): string | undefined;
}

interface Entry {
  file: string;
  chain: string[];
  text: string;
}

export function readFieldDocs(schemasDir: string): FieldDocs {
  const entries: Entry[] = [];
  const summaries = new Map<string, string>();
  for (const name of readdirSync(schemasDir).filter((file) => file.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(path.join(schemasDir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, chain: string[]) => {
      let next = chain;
      if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        next = [...chain, node.name.text];
        const text = jsDocOf(node);
        if (text) entries.push({ file: name, chain: next, text });
      }
      if (ts.isVariableStatement(node)) {
        const text = jsDocOf(node);
        const declared = node.declarationList.declarations[0]?.name;
        if (text && declared && ts.isIdentifier(declared) && declared.text.endsWith('Schema')) summaries.set(name, text);
      }
      ts.forEachChild(node, (child) => visit(child, next));
    };
    visit(source, []);
  }
  return {
    describe(file, fieldPath) {
      for (let start = 0; start < fieldPath.length; start++) {
        const suffix = fieldPath.slice(start);
        const own = entries.find((entry) => entry.file === file && sameChain(entry.chain, suffix));
        if (own) return own.text;
        const shared = entries.find((entry) => sameChain(entry.chain, suffix));
        if (shared) return shared.text;
      }
      return undefined;
    },
    summary: (file) => summaries.get(file),
  };
}

function sameChain(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

function jsDocOf(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.at(-1)?.comment;
  if (typeof comment === 'string') return comment.trim();
  return comment?.map((part) => part.text).join('').trim();
}
