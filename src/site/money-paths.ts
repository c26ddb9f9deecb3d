import type { z } from 'zod';
import { money, signedMoney } from '../schemas/common.ts';
import { documentSchemas, type DocumentType } from '../schemas/index.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Which fields of a document type hold money ("targets.revenue", "expenses.lines.*"), read from
 * the schema itself so the portal formats exactly what `plan check` parses as an amount.
 */
export function moneyPaths(schema: z.ZodType, prefix = '', out = new Set<string>()): Set<string> {
  if (schema === (money as unknown as z.ZodType) || schema === (signedMoney as unknown as z.ZodType)) {
    out.add(prefix);
    return out;
  }
  const def = defOf(schema);
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (def.type === 'object' && def.shape) for (const [key, child] of Object.entries(def.shape)) moneyPaths(child, join(key), out);
  else if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) moneyPaths(def.innerType, prefix, out);
  else if (def.type === 'array' && def.element) moneyPaths(def.element, join('*'), out);
  else if (def.type === 'record' && def.valueType) moneyPaths(def.valueType, join('*'), out);
  return out;
}

const cache = new Map<DocumentType, Set<string>>();

export function moneyPathsOf(type: DocumentType): Set<string> {
  let paths = cache.get(type);
  if (!paths) cache.set(type, (paths = moneyPaths(documentSchemas[type] as unknown as z.ZodType)));
  return paths;
}
