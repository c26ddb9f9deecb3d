import { formatLike } from '../edit/yaml-figures.ts';
import type { Fen } from '../core/money.ts';
import { pathFor } from '../model/content-files.ts';
import { windowFor, type DocumentTime } from '../model/document-types.ts';
import type { DocumentType } from '../schemas/index.ts';

/** A YAML scalar that reads back as the same string (quoted only when YAML would misread it). */
export function str(text: string): string {
  return /^[\p{L}\p{N}][^:#\n"'[\]{},&*!|>%@`]*$/u.test(text) && !/\s$/.test(text) && !/^(true|false|null|yes|no|~|[\d.+-]+)$/i.test(text) ? text : JSON.stringify(text);
}

/** An amount in the house style: 万 when it needs at most two decimals, else 元. */
export function amount(fen: Fen): string {
  return formatLike(undefined, fen);
}

/** A `.mdx` file: frontmatter lines between `---`, then the body. */
export function mdx(frontmatter: readonly string[], body: readonly string[]): string {
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}

/** Clamps a date into the window the date rule allows for a document of `type`, so a fresh scaffold passes plan check. */
export function dateWithin(date: string, type: DocumentType, time: DocumentTime): string {
  const [from, to] = windowFor(type, time);
  return date < from ? from : date > to ? to : date;
}

/** Where a new document of `type` goes, inside the content directory. */
export function newPath(type: DocumentType, year: number, key: { unit?: string; person?: string; month?: number } = {}): string {
  return pathFor({ kind: 'document', type, year, ...key });
}
