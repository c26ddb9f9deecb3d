import { listText } from '../core/messages.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { documentSchemas, isDocumentType, orgSchema, type DocumentData, type Org } from '../schemas/index.ts';
import { CONTENT_EXTENSIONS, isOrgPath, listFiles, placementOf, type Placement } from './content-files.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { ReadingCode } from '../core/reading-codes.ts';
import { createLocator, writtenScalars, type Locate, type PathKey } from '../core/positions.ts';
import { NumberText } from '../core/yaml.ts';
import { amountPattern } from '../core/money.ts';
import { decodeText, parseDocumentSource, parseYamlSource, SourceError, type Source } from '../core/source.ts';
import { readableIssues } from '../core/zod-issues.ts';
import { droppedIds, markDropped, salvageOrg } from './org-salvage.ts';
import { PlanbookError } from '../core/errors.ts';
import { say } from '../core/reading-messages.ts';

/** A validated content file. */
export interface Loaded<T> {
  /** Path as shown to people (relative to the working directory). */
  file: string;
  /** Path inside the content directory, e.g. `2026/units/east/budget.mdx`. */
  path: string;
  /** What the path says the file is (undefined when the path fits no convention). */
  placement: Placement | undefined;
  data: T;
  body: string;
  bodyLine: number;
  /** Line and column of a value, for diagnostics. */
  locate: Locate;
  /** The text of a scalar as written in the file (`91.03`, `91.03万`), for rules about how a figure was written; absent for documents not read from text. */
  written?: (path: readonly PathKey[]) => string | undefined;
  /** Whether any figure is written with 万 or 亿 (`FileIndex.wan`), so figure-without-wan passes over most documents at once; absent like `written`. */
  writtenWithWan?: boolean;
}

export type LoadedDocument = Loaded<DocumentData>;

export interface LoadResult {
  dir: string;
  orgs: Loaded<Org>[];
  documents: LoadedDocument[];
  diagnostics: Diagnostic<ReadingCode>[];
  /** Content paths of files that exist but could not be read or validated. */
  invalid: string[];
  /** Invalid org.yaml files, as far as they could be read (org-salvage.ts); the year's other files are checked against them. */
  partialOrgs: Loaded<Org>[];
  /** Number of content files read. */
  fileCount: number;
}

/**
 * Where content files come from: a folder on disk (`diskSource`) or a Git tree
 * (`src/approvals/tree-content.ts`), so `plan diff` and approvals read blobs without a temp folder.
 * Paths are inside the content folder, with forward slashes.
 */
export interface ContentSource {
  /** Every file, sorted; hidden files and folders (`.git`, `.DS_Store`) left out. */
  list(): Promise<string[]>;
  /** A file's text; throws `SourceError` (`binary-file`) for bytes that are not UTF-8 text. */
  readText(relative: string): string | Promise<string>;
}

/** The content folder on disk. */
export function diskSource(dir: string): ContentSource {
  return { list: () => listFiles(dir), readText: (relative) => readText(path.join(dir, relative)) };
}

/** A problem with the content directory itself (missing, not a directory): a usage error. */
export class ContentDirError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'content-dir';
}

/**
 * The content folder as file names in messages start: relative to `cwd` (`content`, `../plans`), but
 * an absolute folder outside `cwd` as written (`/srv/plans`), not rewritten as `../../srv/plans`.
 */
export function shownFolder(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir).split(path.sep).join('/');
  return path.isAbsolute(dir) && (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) ? dir.split(path.sep).join('/') : relative;
}

/** Throws ContentDirError unless `dir` is a folder. */
export function checkContentDir(dir: string, cwd: string): void {
  const shown = shownFolder(path.resolve(dir), cwd) || '.';
  if (!existsSync(dir)) throw new ContentDirError(say('load.no-dir', { dir: shown }));
  if (!statSync(dir).isDirectory()) throw new ContentDirError(say('load.not-dir', { dir: shown }));
}

/**
 * Reads and validates every content file. One bad file never hides the problems of the others.
 * `dir` names the content folder (file names in diagnostics are relative to `cwd`); `source` reads
 * it, by default from disk.
 */
export async function loadContent(dir: string, { cwd = process.cwd(), source }: { cwd?: string; source?: ContentSource } = {}): Promise<LoadResult> {
  if (!source) checkContentDir(dir, cwd);
  const files = source ?? diskSource(dir);
  // One path.relative for the folder, then plain concatenation: 25k path.relative calls show up in profiles.
  const base = shownFolder(dir, cwd);
  const display = (relative: string) => (base === '' ? relative : `${base}/${relative}`);
  const result: LoadResult = { dir, orgs: [], documents: [], diagnostics: [], invalid: [], partialOrgs: [], fileCount: 0 };
  for (const relative of await files.list()) {
    const file = display(relative);
    if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) {
      addIndex(result, unknownFile(relative), file, () => ({ line: 1, column: 1 }));
      continue;
    }
    result.fileCount++;
    const text = readOrProblem(files, relative, file, result);
    // The disk source answers synchronously; awaiting 25k plain strings shows up in profiles.
    const read = typeof text === 'string' || text === undefined ? text : await text;
    if (read !== undefined) loadFile(read, relative, file, result);
  }
  return result;
}

/** The file's text, or undefined after reporting why it cannot be read as text. */
function readOrProblem(files: ContentSource, relative: string, file: string, result: LoadResult): string | Promise<string | undefined> | undefined {
  const problem = (error: unknown) => {
    addIndex(result, unreadable(error, relative), file, () => ({ line: 1, column: 1 }));
    return undefined;
  };
  try {
    const text = files.readText(relative);
    return typeof text === 'string' ? text : text.catch(problem);
  } catch (error) {
    return problem(error);
  }
}

function loadFile(text: string, relative: string, file: string, result: LoadResult) {
  const { index, locate } = indexFile(text, relative);
  addIndex(result, index, file, locate);
}

/** A reading diagnostic before it knows the name the file is shown by. */
export type Problem = Omit<Diagnostic<ReadingCode>, 'file'>;

/**
 * What one content file contributes to a load, as plain data: it crosses worker threads
 * (load-parallel.ts) and is what the check cache keeps per blob (src/rules/check-cache.ts).
 */
export interface FileIndex {
  /** Path inside the content folder. */
  path: string;
  /** What the file holds: a valid org file, what could be read of an invalid one, a valid document, nothing usable, or a file that is not content. */
  kind: 'org' | 'partial-org' | 'document' | 'none' | 'unknown-file';
  /** The validated data (Org or DocumentData) for every kind but none and unknown-file. */
  data?: unknown;
  /** The file exists but could not be read or validated. */
  invalid: boolean;
  /** Its reading diagnostics, located. */
  problems: Problem[];
  body: string;
  bodyLine: number;
  /** Figures as written (see `figuresIn`; read with `writtenIn`), for documents. */
  figures?: string;
  /** Present when a figure of `figures` is written with 万 or 亿. */
  wan?: true;
  /** Ids of a partial org's entries that could not be read (org-salvage.ts `droppedIds`), which the copies of its data do not keep. */
  dropped?: string[];
}

/** The index of a file that cannot be read as text (`SourceError`); rethrows anything else. */
export function unreadable(error: unknown, relative: string): FileIndex {
  if (!(error instanceof SourceError)) throw error;
  return { path: relative, kind: 'none', invalid: true, problems: [{ rule: error.code, severity: 'error', line: error.line, column: error.column, message: error.text }], body: '', bodyLine: 1 };
}

/** The index of a file whose extension is not content's. */
export function unknownFile(relative: string): FileIndex {
  const message = say('load.file-type', { ext: path.extname(relative) || relative });
  return { path: relative, kind: 'unknown-file', invalid: false, problems: [{ rule: 'unknown-file', severity: 'warning', line: 1, column: 1, message }], body: '', bodyLine: 1 };
}

/**
 * Reads one file's text: frontmatter or YAML, then the schema of its type. `keepBody` decides
 * whether the body is kept (a worker keeps only bodies a rule reads); the locator works on the text
 * read here.
 */
export function indexFile(text: string, relative: string, keepBody: (body: string) => boolean = () => true): { index: FileIndex; locate: Locate } {
  let source: Source;
  try {
    source = sourceOf(text, relative);
  } catch (error) {
    return { index: unreadable(error, relative), locate: () => ({ line: 1, column: 1 }) };
  }
  const locate = createLocator(source);
  const data = source.data;
  const problems: Problem[] = [];
  const index = (kind: FileIndex['kind'], invalid: boolean, valid?: unknown): { index: FileIndex; locate: Locate } => {
    const made: FileIndex = {
      path: relative,
      kind,
      ...(valid === undefined ? {} : { data: valid }),
      invalid,
      problems,
      body: kind !== 'none' && keepBody(source.body) ? source.body : '',
      bodyLine: source.bodyLine,
    };
    if (kind === 'document') {
      const figures = { text: '', wan: false };
      figuresIn(data, '', true, figures);
      made.figures = figures.text;
      if (figures.wan) made.wan = true;
    }
    return { index: made, locate };
  };
  const isOrg = isOrgPath(relative) || (isRecord(data) && !('type' in data) && 'people' in data);
  if (isOrg) {
    const parsed = validate(orgSchema, source, locate, problems);
    if (parsed) return index('org', false, parsed);
    const partial = salvageOrg(data);
    if (!partial) return index('none', true);
    const salvaged = index('partial-org', true, partial);
    const dropped = [...droppedIds(partial)];
    if (dropped.length > 0) salvaged.index.dropped = dropped;
    return salvaged;
  }
  const type = isRecord(data) ? data['type'] : undefined;
  if (!isDocumentType(type)) {
    const at = isRecord(data) && 'type' in data ? locate(['type']) : { line: source.yamlLine, column: 1 };
    const expected = listText(Object.keys(documentSchemas));
    const message = type === undefined ? say('load.missing-type', { types: expected }) : say('load.unknown-type', { type: JSON.stringify(type), types: expected });
    problems.push({ rule: type === undefined ? 'missing-field' : 'unknown-type', severity: 'error', ...at, message });
    return index('none', true);
  }
  const parsed = validate(documentSchemas[type] as z.ZodType<DocumentData>, source, locate, problems);
  return parsed ? index('document', false, parsed) : index('none', true);
}

/**
 * The index of the content file `relative` inside `dir`, read from disk as every loader reads one:
 * a file without a content extension is never read (an `unknown-file` warning), bytes that are not
 * text give their diagnostic. `read` reads the text (default `readText`); `keepBody` as in `indexFile`.
 */
export function indexFileOnDisk(dir: string, relative: string, { read = readText, keepBody }: { read?: (full: string) => string; keepBody?: (body: string) => boolean } = {}): FileIndex {
  if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) return unknownFile(relative);
  let text: string;
  try {
    text = read(joinContent(dir, relative));
  } catch (error) {
    return unreadable(error, relative);
  }
  return indexFile(text, relative, keepBody).index;
}

/** A path segment `.` or `..`, which `path.join` resolves. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
let joinedDir: { dir: string; normal: string } | undefined;

/**
 * `path.join(dir, relative)`: for a content path as listed (no `.`, `..` or empty segments) the
 * folder normalised once and the path appended, as `path.join` of each of a worker's 125,000 files
 * showed in profiles of a 10,000-person check.
 */
function joinContent(dir: string, relative: string): string {
  if (path.sep !== '/' || relative === '' || relative.startsWith('/') || relative.includes('//') || DOT_SEGMENT.test(relative)) return path.join(dir, relative);
  if (joinedDir?.dir !== dir) joinedDir = { dir, normal: path.normalize(dir) };
  const { normal } = joinedDir;
  if (normal === '.' || normal === './') return path.join(dir, relative);
  return normal.endsWith('/') ? `${normal}${relative}` : `${normal}/${relative}`;
}

/** Frontmatter and body of a document, or the whole of a YAML file; throws SourceError. */
export function sourceOf(text: string, relative: string): Source {
  return /\.ya?ml$/.test(relative) ? parseYamlSource(text) : parseDocumentSource(text);
}

/** Adds one file's index to a load; `file` is the name it is shown by, `locate` finds its values. */
export function addIndex(result: LoadResult, index: FileIndex, file: string, locate: Locate): void {
  for (const problem of index.problems) result.diagnostics.push({ ...problem, file });
  if (index.kind === 'unknown-file') return;
  if (index.invalid) result.invalid.push(index.path);
  const placement = placementOf(index.path);
  const loaded = { file, path: index.path, placement, body: index.body, bodyLine: index.bodyLine, locate };
  if (index.kind === 'org') result.orgs.push({ ...loaded, data: index.data as Org });
  else if (index.kind === 'partial-org') {
    // Copied from a worker or the check cache, the data has lost its unreadable ids: marked again.
    markDropped(index.data as Org, index.dropped ?? []);
    result.partialOrgs.push({ ...loaded, data: index.data as Org });
  }
  else if (index.kind === 'document') {
    const figures = index.figures ?? '';
    result.documents.push({ ...loaded, data: index.data as DocumentData, written: (at) => writtenIn(figures, at), writtenWithWan: index.wan === true });
  }
}

/**
 * Each schema compiled by zod (`z.compile`) from its second file on: a generated function that
 * gives the same data as the schema, or hands the input back to the schema itself, so a file with a
 * problem gets zod's own issues. It halves validation, the largest part of reading a large company;
 * the first file is the schema's own to read, as compiling costs more than one file's reading
 * (`plan check --changed` reads one or a few).
 */
const compiled = new WeakMap<z.ZodType, z.ZodType>();
const usedOnce = new WeakSet<z.ZodType>();

function fast<T>(schema: z.ZodType<T>): z.ZodType<T> {
  let fastSchema = compiled.get(schema) as z.ZodType<T> | undefined;
  if (!fastSchema) {
    if (!usedOnce.has(schema)) {
      usedOnce.add(schema);
      return schema;
    }
    fastSchema = z.compile(schema);
    compiled.set(schema, fastSchema);
  }
  return fastSchema;
}

/** `source.data` validated by `schema`, or undefined with its problems (located, in the words of how each value is written) added to `problems`. */
function validate<T>(schema: z.ZodType<T>, source: Source, locate: Locate, problems: Problem[]): T | undefined {
  const parsed = fast(schema).safeParse(source.data);
  if (parsed.success) return parsed.data;
  for (const issue of readableIssues(parsed.error.issues, source.data, schema, writtenScalars(source))) {
    problems.push({ rule: issue.rule, severity: 'error', ...locate(issue.path, issue.at), message: issue.message });
  }
  return undefined;
}

/**
 * A file's text. Node's own UTF-8 decoding is the fast path (no Buffer kept around); only a file that shows a NUL
 * or a replacement character is re-read as bytes and judged strictly.
 */
export function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.includes('\0') || text.includes('\uFFFD') ? decodeText(bytes) : text;
}

/** A file's text as `textOf` reads it, without keeping its bytes. */
export function readText(full: string): string {
  const text = readFileSync(full, 'utf8');
  return text.includes('\0') || text.includes('\uFFFD') ? decodeText(readFileSync(full)) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// One string per document rather than an object of strings: 250,000 documents' figures as objects
// took a fifth of a 10,000-person check's memory. Control characters cannot occur in YAML scalars or keys.
const PART = '\u0000';
const TEXT = '\u0001';
const NEXT = '\u0002';

/** The text written at `at` in a document's figures (`FileIndex.figures`), if it is a figure. */
export function writtenIn(figures: string, at: readonly PathKey[]): string | undefined {
  const key = `${NEXT}${at.join(PART)}${TEXT}`;
  const start = figures.indexOf(key);
  if (start === -1) return undefined;
  const end = figures.indexOf(NEXT, start + key.length);
  return figures.slice(start + key.length, end === -1 ? undefined : end);
}

/**
 * The syntax of an amount (src/core/money.ts, the same as parseMoney's scanner): every string an
 * amount field of a valid document holds matches it.
 */
const AMOUNT = new RegExp(amountPattern('signed'));

/**
 * The figures of parsed frontmatter as written, keyed by path, added to `out.text`: each number's
 * NumberText text and each string written as an amount (`91.03万`, `1,000元`), `out.wan` set when
 * one is written with 万 or 亿. Rules about how a figure was written read these (`Loaded.written`),
 * at amount fields only; other strings, dates and titles such as `3月总结` included, are left out to
 * keep a 250,000-file load small (one such title made a document's figures a two-byte string).
 * `node` is at `at` (the path so far as `at.join(PART)`: one string per level rather than an array
 * per value); a plain recursive function, where a closure per level showed in profiles.
 */
function figuresIn(node: unknown, at: string, top: boolean, out: { text: string; wan: boolean }): void {
  if (node instanceof NumberText) {
    out.text += `${NEXT}${at}${TEXT}${node.text}`;
  } else if (typeof node === 'string') {
    if (!AMOUNT.test(node)) return;
    out.text += `${NEXT}${at}${TEXT}${node}`;
    // Only a string can hold 万 or 亿 (a NumberText is digits): asked here, each document's figures need not be searched.
    if (!out.wan && (node.includes('万') || node.includes('亿'))) out.wan = true;
  } else if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) if (index in node) figuresIn(node[index], top ? String(index) : `${at}${PART}${index}`, false, out);
  } else if (isRecord(node)) {
    for (const key of Object.keys(node)) figuresIn(node[key], top ? key : `${at}${PART}${key}`, false, out);
  }
}
