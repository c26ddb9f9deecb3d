import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { mayHoldMdx } from '../mdx/may-hold-mdx.ts';
import { CONTENT_EXTENSIONS } from './content-files.ts';
import { decodeText } from '../core/source.ts';
import { indexFile, readText, unknownFile, unreadable, type FileIndex } from './load.ts';

/**
 * One worker of `loadContentParallel`: reads, parses and validates its slice of the content files
 * and posts their indexes back in batches (plain data; bodies only where a rule reads them).
 */
export interface WorkerInput {
  dir: string;
  files: string[];
}

/** Files per message: large enough that messaging costs little, small enough to start the main thread early. */
const BATCH = 1000;

/** One buffer for every file a worker reads: a new buffer per file was a third of reading the text. */
const buffer = Buffer.allocUnsafe(64 * 1024);

/** A file's text as `readText` reads it, through the worker's buffer (files larger than it are read whole). */
function readThroughBuffer(full: string): string {
  const fd = openSync(full, 'r');
  let length: number;
  try {
    length = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  if (length === buffer.length) return readText(full);
  const text = buffer.toString('utf8', 0, length);
  return text.includes('\0') || text.includes('\uFFFD') ? decodeText(buffer.subarray(0, length)) : text;
}

function indexOne(dir: string, relative: string): FileIndex {
  if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) return unknownFile(relative);
  let text: string;
  try {
    text = readThroughBuffer(path.join(dir, relative));
  } catch (error) {
    return unreadable(error, relative);
  }
  return indexFile(text, relative, mayHoldMdx).index;
}

const { dir, files } = workerData as WorkerInput;
let batch: FileIndex[] = [];
for (const relative of files) {
  batch.push(indexOne(dir, relative));
  if (batch.length === BATCH) {
    parentPort?.postMessage(batch);
    batch = [];
  }
}
parentPort?.postMessage(batch);
