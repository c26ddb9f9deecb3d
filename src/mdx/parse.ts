import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

// Built once: making the syntax extensions cost more than parsing a short body (the portal parses 50,000).
const MDX = { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };
const MARKDOWN = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

export type ParseResult = { ok: true; tree: Root } | { ok: false; line: number; column: number; message: string };

/**
 * Parses a content body to a syntax tree without compiling it: MDX content is never turned into
 * JavaScript, so a pull request cannot run code in the build. `.md` bodies get no JSX at all.
 */
export function parseBody(body: string, { mdx = true } = {}): ParseResult {
  try {
    const tree = fromMarkdown(body, mdx ? MDX : MARKDOWN);
    return { ok: true, tree };
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place && 'start' in place && place.start ? place.start : place;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, line: point?.line ?? 1, column: point?.column ?? 1, message: `Unexpected MDX syntax: ${reason}` };
  }
}
