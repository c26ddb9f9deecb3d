// `plan book YEAR [--unit U] [--lang zh-CN|en] [--out FILE.pdf]`: the year's plan book for the annual
// plan and budget meeting (年度计划预算会议), printed to PDF by Chromium from the built portal's
// /<year>/book/ page (src/components/pages/BookPage.astro), so the paper shows what the portal shows.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { PlanbookError } from '../../src/core/errors.ts';
import type { Text } from '../../src/core/messages.ts';
import { say as sayReading } from '../../src/core/reading-messages.ts';
import { build } from '../build.ts';
import { shownFolder } from '../../src/model/load.ts';
import { CHROMIUM_ARGS, findChromium, SYSTEM_CHROMIUM } from '../lib/chromium.ts';
import { UsageError, langOf, textFor, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { makeOutFolder, outFile, type OutFile } from '../lib/out-file.ts';
import { writeAtomic } from '../../src/edit/atomic-write.ts';

/** A user-side failure of `plan book`: no browser, nothing to print. Exit code 1. */
class BookError extends PlanbookError {
  readonly code = 'book';
  readonly exitCode = 1;
}

export interface BookOptions {
  year: string | undefined;
  unit?: string | undefined;
  lang?: string | undefined;
  out?: string | undefined;
  /** Replace an existing output file. */
  force?: boolean;
  content?: string;
  /** The built portal (default dist/ beside the content's repository root). */
  dist?: string;
}

/** The newest modification time under `dir`, in ms. */
async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Why dist/ cannot be used as it is, in the reader's languages, or undefined when it can. */
export async function staleReason(dist: string, page: string, content: string): Promise<Text | undefined> {
  let built: number;
  try {
    built = (await stat(path.join(dist, page, 'index.html'))).mtimeMs;
  } catch {
    return say('book.page-missing', { page: path.join(path.basename(dist), page) });
  }
  if ((await newestMtime(content)) > built) return say('book.content-newer', { content, dist: path.basename(dist) });
  return undefined;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** Serves `dist` at `base` on a free local port; only what the book page loads is ever asked for. */
function serve(dist: string, base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
    const file = inside === undefined ? undefined : path.join(dist, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
    if (!file || !file.startsWith(dist)) {
      response.writeHead(404).end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('open', () => response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }));
    stream.on('error', () => response.writeHead(404).end());
    stream.pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

/** Writes the plan book PDF; returns 0, or the build's exit code when the portal could not be built. */
export async function book({ year, unit, lang = 'zh-CN', out, force = false, content = 'content', dist }: BookOptions, io: Io): Promise<number> {
  if (!year || !/^\d{4}$/.test(year)) throw new UsageError(say('book.year', { got: year === undefined ? say('nothing') : JSON.stringify(year) }));
  if (unit !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(unit)) throw new UsageError(say('book.unit', { got: JSON.stringify(unit) }));
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError(`plan book: expected --lang zh-CN or en, got ${JSON.stringify(lang)}`);
  const root = io.cwd;
  const distDir = path.resolve(root, dist ?? 'dist');
  const contentDir = path.resolve(root, content);
  const defaultName = `plan-book-${year}${unit ? `-${unit}` : ''}${lang === 'en' ? '-en' : ''}.pdf`;
  const place: OutFile = out === undefined ? { file: path.resolve(root, defaultName), shown: defaultName } : outFile(root, out, defaultName);
  const file = place.file;
  const page = `${lang === 'en' ? 'en/' : ''}${year}/book/${unit ? `${unit}/` : ''}`;
  const base = (process.env['PLANBOOK_BASE'] || '/').replace(/\/?$/, '/');

  // Refused first, as by every command reading content, rather than once a build has started.
  if (!(await stat(contentDir).catch(() => undefined))?.isDirectory()) throw new UsageError(sayReading('load.no-dir', { dir: shownFolder(contentDir, root) }));
  if (!force && (await stat(file).catch(() => undefined))) throw new BookError(say('book.exists', { file: place.shown }));
  const chromium = await findChromium();
  if (!chromium) throw new BookError(say('book.no-chromium', { path: SYSTEM_CHROMIUM }));

  const stale = await staleReason(distDir, page, contentDir);
  if (stale) {
    io.err(textFor(io, say('book.building', { reason: stale })));
    const code = await build({ content: path.relative(root, contentDir) || '.', lang: langOf(io), stream: { write: (text: string) => io.err(text.replace(/\n$/, '')) } });
    if (code !== 0) return code;
    if (await staleReason(distDir, page, contentDir)) throw new BookError(say('book.no-page', { page, year, unit: unit ? say('book.or-unit', { unit }) : '', content }));
  } else {
    io.err(textFor(io, say('book.using', { dist: path.relative(root, distDir) || '.', built: new Date((await stat(path.join(distDir, page, 'index.html'))).mtimeMs).toISOString().slice(0, 16).replace('T', ' '), content })));
  }

  const { chromium: launcher } = await import('playwright-core');
  const { server, origin } = await serve(distDir, base);
  const browser = await launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const response = await tab.goto(`${origin}${base}${page}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new BookError(say('book.answered', { url: `${base}${page}`, status: response?.status() ?? say('nothing'), dist: path.relative(root, distDir) }));
    // The page's @page rule sets A4 and the running head (period, data date, page numbers).
    // Written whole or not at all: never half a PDF where an older one was.
    makeOutFolder(place);
    if (place.newFolder !== undefined) io.err(textFor(io, say('out.created-folder', { folder: place.newFolder })));
    writeAtomic(file, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
    server.close();
  }
  io.out(textFor(io, say('book.wrote', { file: place.shown, size: ((await stat(file)).size / 1024).toFixed(0), page: `${base}${page}` })));
  return 0;
}
