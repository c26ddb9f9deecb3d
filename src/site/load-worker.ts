import { workerData } from 'node:worker_threads';
import { renderFigureFreeBody } from '../mdx/render.ts';
import { indexFileOnDisk, type FileIndex } from '../model/load.ts';
import { postInBatches } from './post-in-batches.ts';

/**
 * One worker of the portal's loader (src/site/load.ts): reads, parses and validates its slice of the
 * content files like `plan check`'s workers, and renders each document's body to HTML here too when
 * it needs no figures (no <Figure>, no <Chart>): that body is then posted as HTML instead of text.
 */
export interface SiteWorkerInput {
  dir: string;
  files: string[];
}

/** What the worker posts per file: its index, and its body's HTML when it could be rendered here (`index.body` is then ''). */
export interface SiteFileIndex {
  index: FileIndex;
  html?: string;
}

/** Files per message: large enough that messaging costs little, small enough to start the main thread early. */
const BATCH = 1000;

/**
 * Bodies written from the same template are often the same text: each is rendered once. Bounded, so a
 * company whose every body differs does not hold them all twice.
 */
const RENDERED_MAX = 5000;
const rendered = new Map<string, string | undefined>();

function bodyHtml(body: string, mdx: boolean): string | undefined {
  const key = `${mdx ? 'x' : 'm'}${body}`;
  if (rendered.has(key)) return rendered.get(key);
  let html: string | undefined;
  try {
    html = renderFigureFreeBody(body, { mdx });
  } catch {
    // A body that does not parse is rendered (and refused) where it always was, on the page.
    html = undefined;
  }
  if (rendered.size >= RENDERED_MAX) rendered.clear();
  rendered.set(key, html);
  return html;
}

function indexOne(dir: string, relative: string): SiteFileIndex {
  const index = indexFileOnDisk(dir, relative);
  if (index.kind !== 'document') return { index };
  const html = bodyHtml(index.body, !relative.endsWith('.md'));
  return html === undefined ? { index } : { index: { ...index, body: '' }, html };
}

const { dir, files } = workerData as SiteWorkerInput;
postInBatches(files, (relative) => indexOne(dir, relative), BATCH);
