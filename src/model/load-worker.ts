import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { mayHoldMdx } from '../mdx/may-hold-mdx.ts';
import { CONTENT_EXTENSIONS } from './content-files.ts';
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

function indexOne(dir: string, relative: string): FileIndex {
  if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) return unknownFile(relative);
  let text: string;
  try {
    text = readText(path.join(dir, relative));
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
