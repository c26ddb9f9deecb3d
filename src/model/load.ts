import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { documentSchemas, isDocumentType, orgSchema, type DocumentData, type Org } from '../schemas/index.ts';
import { CONTENT_EXTENSIONS, listFiles, placementOf, type Placement } from './content-files.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { ReadingCode } from '../core/reading-codes.ts';
import { createLocator, type Locate, type PathKey } from '../core/positions.ts';
import { NumberText } from '../core/yaml.ts';
import { decodeText, parseDocumentSource, parseYamlSource, SourceError, type Source } from '../core/source.ts';
import { readableIssues } from '../core/zod-issues.ts';
import { salvageOrg } from './org-salvage.ts';
import { PlanbookError } from '../core/errors.ts';
import type { Text } from '../core/messages.ts';
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
 * Reads and validates every content file. One bad file never hides the problems of the others.
 * `dir` names the content folder (file names in diagnostics are relative to `cwd`); `source` reads
 * it, by default from disk.
 */
export async function loadContent(dir: string, { cwd = process.cwd(), source }: { cwd?: string; source?: ContentSource } = {}): Promise<LoadResult> {
  if (!source) {
    const shown = path.relative(cwd, path.resolve(dir)) || '.';
    if (!existsSync(dir)) throw new ContentDirError(say('load.no-dir', { dir: shown }));
    if (!statSync(dir).isDirectory()) throw new ContentDirError(say('load.not-dir', { dir: shown }));
  }
  const files = source ?? diskSource(dir);
  // One path.relative for the folder, then plain concatenation: 25k path.relative calls show up in profiles.
  const base = path.relative(cwd, dir).split(path.sep).join('/');
  const display = (relative: string) => (base === '' ? relative : `${base}/${relative}`);
  const result: LoadResult = { dir, orgs: [], documents: [], diagnostics: [], invalid: [], partialOrgs: [], fileCount: 0 };
  for (const relative of await files.list()) {
    const file = display(relative);
    if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) {
      result.diagnostics.push(fileDiagnostic(file, 'unknown-file', say('load.file-type', { ext: path.extname(relative) || relative }), 'warning'));
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
    if (!(error instanceof SourceError)) throw error;
    result.diagnostics.push({ rule: error.code, severity: 'error', file, line: error.line, column: error.column, message: error.text });
    result.invalid.push(relative);
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
  const placement = placementOf(relative);
  let source: Source;
  try {
    source = /\.ya?ml$/.test(relative) ? parseYamlSource(text) : parseDocumentSource(text);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    result.diagnostics.push({ rule: error.code, severity: 'error', file, line: error.line, column: error.column, message: error.text });
    result.invalid.push(relative);
    return;
  }
  const locate = createLocator(source);
  const data = source.data;
  const isOrg = placement?.kind === 'org' || (isRecord(data) && !('type' in data) && 'people' in data);
  if (isOrg) {
    const parsed = validate(orgSchema, data, file, locate, result.diagnostics);
    if (parsed) result.orgs.push({ file, path: relative, placement, data: parsed, body: source.body, bodyLine: source.bodyLine, locate });
    else {
      result.invalid.push(relative);
      const partial = salvageOrg(data);
      if (partial) result.partialOrgs.push({ file, path: relative, placement, data: partial, body: source.body, bodyLine: source.bodyLine, locate });
    }
    return;
  }
  const type = isRecord(data) ? data['type'] : undefined;
  if (!isDocumentType(type)) {
    const at = isRecord(data) && 'type' in data ? locate(['type']) : { line: source.yamlLine, column: 1 };
    const expected = Object.keys(documentSchemas).join(', ');
    const message = type === undefined ? say('load.missing-type', { types: expected }) : say('load.unknown-type', { type: JSON.stringify(type), types: expected });
    result.diagnostics.push({ rule: type === undefined ? 'missing-field' : 'unknown-type', severity: 'error', file, ...at, message });
    result.invalid.push(relative);
    return;
  }
  const parsed = validate(documentSchemas[type] as z.ZodType<DocumentData>, data, file, locate, result.diagnostics);
  if (parsed) result.documents.push({ file, path: relative, placement, data: parsed, body: source.body, bodyLine: source.bodyLine, locate, written: (path) => writtenAt(data, path) });
  else result.invalid.push(relative);
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, locate: Locate, diagnostics: Diagnostic<ReadingCode>[]): T | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of readableIssues(parsed.error.issues, data, schema)) {
    diagnostics.push({ rule: issue.rule, severity: 'error', file, ...locate(issue.path, issue.at), message: issue.message });
  }
  return undefined;
}

/**
 * Node's own UTF-8 decoding is the fast path (no Buffer kept around); only a file that shows a NUL
 * or a replacement character is re-read as bytes and judged strictly.
 */
function readText(full: string): string {
  const text = readFileSync(full, 'utf8');
  return text.includes('\0') || text.includes('\uFFFD') ? decodeText(readFileSync(full)) : text;
}

function fileDiagnostic(file: string, rule: ReadingCode, message: Text, severity: Diagnostic['severity'] = 'error'): Diagnostic<ReadingCode> {
  return { rule, severity, file, line: 1, column: 1, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The source text of the scalar at `path` in the parsed frontmatter: a number's NumberText text, or the string. */
function writtenAt(data: unknown, path: readonly PathKey[]): string | undefined {
  let node = data;
  for (const key of path) node = isRecord(node) ? node[String(key)] : undefined;
  if (node instanceof NumberText) return node.text;
  return typeof node === 'string' ? node : undefined;
}
