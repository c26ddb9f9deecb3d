import { z } from 'zod';
import { isText, listText, type Param, type Text, verbatim } from './messages.ts';
import { say } from './reading-messages.ts';
import type { PathKey } from './positions.ts';
import type { ReadingCode } from './reading-codes.ts';
import { NumberText } from './yaml.ts';
import type { FieldRefusalId } from './money.ts';

/** A zod issue turned into what a person needs: where (path) and what was expected. */
export interface ReadableIssue {
  rule: ReadingCode;
  path: PathKey[];
  /** Point at the key rather than the value (unknown keys). */
  at: 'key' | 'value';
  message: Text;
}

const zodLocales = { zh: z.locales.zhCN(), en: z.locales.en() };

/**
 * An issue's own wording in both languages: a schema's phrase from the reading catalogue
 * (src/core/reading-messages.ts, matched by its English text), zod's default message in zod's own
 * Chinese and English locales, else the text as written.
 */
function issueText(issue: z.core.$ZodIssue): Text {
  const phrase = Object.values(say.catalogue).find((template) => template.en === issue.message);
  if (phrase) return phrase;
  const raw = issue as unknown as z.core.$ZodRawIssue;
  const asText = (result: unknown) => (typeof result === 'string' ? result : (result as { message?: string } | undefined)?.message);
  const en = asText(zodLocales.en.localeError?.(raw));
  const zh = asText(zodLocales.zh.localeError?.(raw));
  return en === issue.message && zh ? { zh, en } : verbatim(issue.message);
}

const plural = (values: readonly unknown[]) => listText(values.map((value) => JSON.stringify(value)));

/** A value as a message quotes it: text in quotes, a number as written, `~`/null as an empty value. */
export function describeValue(input: unknown): Text | string {
  if (input === undefined) return say('schema.nothing');
  if (input === null) return say('schema.empty');
  if (input instanceof NumberText) return input.text.length > 40 ? `${input.text.slice(0, 40)}…` : input.text;
  if (Array.isArray(input)) return say('schema.a-list');
  if (typeof input === 'object') return say('schema.a-mapping');
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return String(input);
}

/** How a scalar is written in the file: its source text, and for a block scalar (`>` or `|` and indented lines) its kind and header. */
export interface WrittenScalar {
  source: string;
  block?: { folded: boolean; indicator: string };
}

/** The written form of the scalar at a data path, or undefined (not a scalar, or not read from text). */
export type WrittenAt = (path: readonly PathKey[]) => WrittenScalar | undefined;

/**
 * Turns zod issues into messages; one unknown-keys issue becomes one message per key, each at its key.
 * `written` tells how a refused value was written, for what the data alone cannot say (a block scalar,
 * `True` rather than `true`, `null` spelled out); it is asked only about refused values.
 */
export function readableIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema?: z.ZodType, written?: WrittenAt): ReadableIssue[] {
  const out: ReadableIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    const value = valueAt(input, path);
    const block = typeof value === 'string' && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_key' ? blockText(value, path, written?.(path)) : undefined;
    if (block) {
      out.push({ rule: 'schema', path, at: 'value', message: block });
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ rule: 'unknown-key', path: [...path, key], at: 'key', message: say('schema.unknown-key', { key, known: knownKeysHint(schema ? keysAt(schema, path) : [], key) }) });
        }
        break;
      case 'invalid_type':
        out.push({
          rule: value === undefined ? 'missing-field' : 'schema',
          path,
          at: value === undefined ? 'key' : 'value',
          message: wrongTypeText(value, issue.expected, path.join('.'), value === null || typeof value === 'boolean' ? written?.(path)?.source : undefined),
        });
        break;
      case 'invalid_value': {
        const values = issue.values.length === 1 ? plural(issue.values) : say('schema.one-of', { values: plural(issue.values) });
        const message = value === null ? say('schema.empty-field', { field: path.join('.'), expected: values }) : say('schema.value', { value: describeValue(value), values });
        out.push({ rule: 'schema', path, at: 'value', message });
        break;
      }
      case 'too_small':
      case 'too_big': {
        // A number out of its range (org.yaml's plausibility percentages): the field and the bound in the reader's words.
        if (issue.origin === 'number' && issue.inclusive !== false && value !== undefined && value !== null) {
          const field = path.join('.');
          const found = describeValue(value);
          out.push({ rule: 'schema', path, at: 'value', message: issue.code === 'too_small' ? say('schema.number-min', { field, value: found, min: String(issue.minimum) }) : say('schema.number-max', { field, value: found, max: String(issue.maximum) }) });
          break;
        }
        const detail = issueText(issue);
        out.push({ rule: 'schema', path, at: 'value', message: say('schema.size', { value: sizeOf(value), detail: { zh: detail.zh, en: detail.en.replace(/^Too (small|big): /, '') } }) });
        break;
      }
      case 'custom': {
        if (value === undefined) {
          out.push({ rule: 'missing-field', path, at: 'key', message: say('money.missing', { field: path.join('.') }) });
          break;
        }
        const params = issue.params as { rule?: ReadingCode; text?: unknown; fieldMessage?: FieldMessage } | undefined;
        const message = params?.fieldMessage ? fieldText(params.fieldMessage, path.join('.')) : isText(params?.text) ? params.text : issueText(issue);
        out.push({ rule: params?.rule ?? 'schema', path, at: 'value', message });
        break;
      }
      case 'invalid_format': {
        // `date: 2026/01/05`, `author: Zhang`: the field, the value and the schema's phrase for what belongs there.
        const detail = issueText(issue);
        const message = path.length > 0 ? say('schema.format', { field: path.join('.'), value: describeValue(value), detail }) : say('schema.other', { value: describeValue(value), detail });
        out.push({ rule: 'schema', path, at: 'value', message });
        break;
      }
      case 'invalid_key': {
        // `groups: { 1.8万: online }`: the key is what is wrong, so point at it and say what a key is.
        const key = String(path.at(-1) ?? '');
        out.push({ rule: 'schema', path, at: 'key', message: say('schema.bad-key', { key, field: path.slice(0, -1).join('.'), expected: keyExpected(issue) }) });
        break;
      }
      default:
        out.push({ rule: 'schema', path, at: 'value', message: say('schema.other', { value: describeValue(value), detail: issueText(issue) }) });
    }
  }
  return out;
}

/** Messages of the reading catalogue that name the field they refuse (`{field}`). */
type FieldMessageId = 'schema.whole' | 'schema.whole-range' | 'schema.empty-field' | 'schema.not-a-date' | 'schema.not-a-real-date' | 'money.negative' | FieldRefusalId;

/** A refusal whose `{field}` is filled in from the issue's path: plain data, so a compiled schema's issues equal the schema's. */
interface FieldMessage {
  id: FieldMessageId;
  params: Record<string, Param>;
}

function fieldText({ id, params }: FieldMessage, field: string): Text {
  return (say as unknown as (id: FieldMessageId, params: Record<string, Param>) => Text)(id, { ...params, field });
}

/**
 * Adds a schema's refusal that names its field (`"month" 的值 1.0 …`): a schema does not know the
 * path it is validated at, so the issue carries the message and readableIssues names the field.
 * `rule` is the diagnostic's code (default `schema`).
 */
export function addFieldIssue(context: z.core.$RefinementCtx, id: FieldMessageId, params: Record<string, Param>, rule: ReadingCode = 'schema'): void {
  const fieldMessage: FieldMessage = { id, params };
  context.addIssue({ code: 'custom', message: fieldText(fieldMessage, '').en, params: { rule, fieldMessage } });
}

/** YAML 1.2 core's spellings of null that a person may have meant as the word (`~` and nothing are not). */
const NULL_WORDS = new Set(['null', 'Null', 'NULL']);

/**
 * The refusal of `value` where `expected` (a zod type name) belongs in `field`: missing, empty, a
 * number, a boolean or a spelled-out null where text belongs (each with the quoted form to write), a
 * number not plainly written, or another kind of value. `source` is the value as written, when known.
 */
function wrongTypeText(value: unknown, expected: string, field: string, source?: string): Text {
  if (value === undefined) return say('schema.missing-field', { field, expected: expectedName(expected) });
  if (value === null && expected === 'string' && source !== undefined && NULL_WORDS.has(source)) return say('schema.null-for-text', { field, value: source });
  if (value === null) return say('schema.empty-field', { field, expected: expectedName(expected) });
  if (value instanceof NumberText) return expected === 'string' ? say('schema.number-for-text', { value: value.text, field }) : say('schema.plain-number', { value: describeValue(value) });
  if (typeof value === 'boolean' && expected === 'string') return say('schema.boolean-for-text', { field, value: source ?? String(value) });
  return say('schema.type', { value: describeValue(value), expected: expectedName(expected), fix: fullWidthFix(value) });
}

/**
 * The refusal of a value written as a block scalar (`title: >` and indented lines), whatever else is
 * wrong with it: a block keeps its line breaks (`"李娜\n"`), which no field wants, so the fix is the
 * text on the key's line. Undefined for a value written any other way.
 */
function blockText(value: string, path: readonly PathKey[], written: WrittenScalar | undefined): Text | undefined {
  if (!written?.block) return undefined;
  const key = path.at(-1);
  const text = value.trim().replace(/\s*\n\s*/g, ' ');
  const fix = typeof key === 'number' ? `- ${text}` : `${key ?? ''}: ${text}`;
  return say('schema.block', { field: path.join('.'), block: say(written.block.folded ? 'schema.block.folded' : 'schema.block.literal'), indicator: written.block.indicator, fix });
}

/** What a zod type name means to a person writing YAML (zod says `string`, `int`, `record`). */
function expectedName(expected: string): Text | string {
  switch (expected) {
    case 'string':
      return say('schema.expected.text');
    case 'number':
      return say('schema.expected.number');
    case 'int':
      return say('schema.whole-number');
    case 'boolean':
      return say('schema.expected.boolean');
    case 'array':
    case 'tuple':
      return say('schema.a-list');
    case 'object':
    case 'record':
    case 'map':
      return say('schema.a-mapping');
    default:
      return expected;
  }
}

/** What a record's key should be: the schema's own phrase (an id) when it has one. */
function keyExpected(issue: z.core.$ZodIssueInvalidKey): Text {
  const [inner] = issue.issues;
  const phrase = inner && Object.values(say.catalogue).find((template) => template.en === inner.message);
  return phrase ?? say('schema.expected.key');
}

/** `month: １２` is a string to YAML; say why and what to write instead. */
function fullWidthFix(value: unknown): Text {
  if (typeof value !== 'string' || !/[０-９]/u.test(value)) return verbatim('');
  const ascii = value.replace(/[０-９．－＋]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  return say('schema.full-width-digits', { ascii });
}

function sizeOf(value: unknown): Text | string {
  if (Array.isArray(value)) return say('schema.items', { count: value.length });
  return describeValue(value);
}

function knownKeysHint(known: readonly string[], key: string): Text {
  if (!known.length) return verbatim('');
  const close = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase() || editDistance(candidate, key) <= 2);
  return close ? say('schema.did-you-mean', { close }) : say('schema.one-of-keys', { keys: listText(known) });
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
