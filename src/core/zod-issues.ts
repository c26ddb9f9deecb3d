import type { z } from 'zod';
import type { PathKey } from './positions.ts';
import type { ReadingCode } from './reading-codes.ts';

/** A zod issue turned into what a person needs: where (path) and what was expected. */
export interface ReadableIssue {
  rule: ReadingCode;
  path: PathKey[];
  /** Point at the key rather than the value (unknown keys). */
  at: 'key' | 'value';
  message: string;
}

const plural = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

function received(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return String(input);
}

/** Turns zod issues into messages; one unknown-keys issue becomes one message per key, each at its key. */
export function readableIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema?: z.ZodType): ReadableIssue[] {
  const out: ReadableIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    const value = valueAt(input, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ rule: 'unknown-key', path: [...path, key], at: 'key', message: `Unexpected key "${key}"${knownKeysHint(schema ? keysAt(schema, path) : [], key)}` });
        }
        break;
      case 'invalid_type':
        out.push({
          rule: value === undefined ? 'missing-field' : 'schema',
          path,
          at: value === undefined ? 'key' : 'value',
          message: value === undefined
            ? `Missing field "${path.join('.')}", expected ${issue.expected}`
            : `Unexpected ${received(value)}, expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}`,
        });
        break;
      case 'invalid_value':
        out.push({ rule: 'schema', path, at: 'value', message: `Unexpected ${received(value)}, expected ${issue.values.length === 1 ? plural(issue.values) : `one of ${plural(issue.values)}`}` });
        break;
      case 'too_small':
      case 'too_big':
        out.push({ rule: 'schema', path, at: 'value', message: `Unexpected ${sizeOf(value)}, ${issue.message.replace(/^Too (small|big): /, '')}` });
        break;
      case 'custom': {
        if (value === undefined) {
          out.push({ rule: 'missing-field', path, at: 'key', message: `Missing field "${path.join('.')}", expected an amount like 120万` });
          break;
        }
        const rule = (issue.params as { rule?: ReadingCode } | undefined)?.rule ?? 'schema';
        out.push({ rule, path, at: 'value', message: issue.message });
        break;
      }
      default:
        out.push({ rule: 'schema', path, at: 'value', message: `Unexpected ${received(value)}: ${issue.message}` });
    }
  }
  return out;
}

function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  return received(value);
}

function knownKeysHint(known: readonly string[], key: string): string {
  if (!known.length) return '';
  const close = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase() || editDistance(candidate, key) <= 2);
  return close ? `, did you mean "${close}"?` : `, expected one of ${known.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

export function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

interface DefLike {
  type: string;
  shape?: Record<string, { _zod: { def: DefLike } }>;
  innerType?: { _zod: { def: DefLike } };
  element?: { _zod: { def: DefLike } };
  in?: { _zod: { def: DefLike } };
  valueType?: { _zod: { def: DefLike } };
}

/** The keys an object schema allows at `path`, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: readonly PathKey[]): string[] {
  let def = schema._zod.def as unknown as DefLike;
  const unwrap = () => {
    for (;;) {
      const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
      if (!inner) return;
      def = inner._zod.def;
    }
  };
  unwrap();
  for (const key of path) {
    const next = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    if (!next) return [];
    def = next._zod.def;
    unwrap();
  }
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
