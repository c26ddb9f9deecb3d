import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { documentSchemas, orgSchema } from './index.ts';
import { readFieldDocs } from './schema-docs.ts';

export const SCHEMAS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** Source file of each schema, for looking up its JSDoc. */
export const schemaFiles: Record<string, string> = {
  org: 'org.ts',
  ...Object.fromEntries(Object.keys(documentSchemas).map((type) => [type, `${type}.ts`])),
};

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  examples?: unknown[];
  [key: string]: unknown;
};

/** JSON Schema (draft 2020-12) of every type, what authors write (input), with field descriptions from the JSDoc. */
export function jsonSchemas(): Record<string, JsonSchema> {
  const docs = readFieldDocs(SCHEMAS_DIR);
  const all: Record<string, z.ZodType> = { org: orgSchema, ...documentSchemas };
  const out: Record<string, JsonSchema> = {};
  for (const [type, schema] of Object.entries(all)) {
    const file = schemaFiles[type] ?? '';
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
    const summary = docs.summary(file);
    json.title = type;
    if (summary) json.description = summary;
    describeTree(json, [], (fieldPath) => docs.describe(file, fieldPath));
    out[type] = json;
  }
  return out;
}

function describeTree(node: JsonSchema, fieldPath: string[], describe: (fieldPath: string[]) => string | undefined) {
  if (node['format'] === 'money') {
    // YAML integers beyond 2^53 arrive as BigInt, which JSON Schema cannot name; editors see number or text.
    delete node.anyOf;
    node.type = ['number', 'string'];
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = [...fieldPath, key];
    const text = describe(childPath);
    if (text && !child.description) child.description = text;
    describeTree(child, childPath, describe);
  }
  if (node.items) describeTree(node.items, fieldPath, describe);
  if (typeof node.additionalProperties === 'object') describeTree(node.additionalProperties, fieldPath, describe);
  for (const option of node.anyOf ?? []) describeTree(option, fieldPath, describe);
}
