import { parentPort, workerData } from 'node:worker_threads';
import type { FileIndex } from './load.ts';
import { workerFileIndex } from './read-file-index.ts';

/**
 * One worker of `loadContentParallel`: reads, parses and validates its slice of the content files
 * and posts their indexes back in batches (plain data; bodies only where a rule reads them).
 */
export interface WorkerInput {
  dir: string;
  files: string[];
  /** Batches the main thread has taken in so far (element 0), so a worker never runs far ahead. */
  received?: Int32Array;
}

/**
 * Batches a worker may have sent and the main thread not yet taken in. Waiting for it bounds what
 * piles up in the message queue (at 250,000 files, a busy main thread let a worker's output queue
 * up to a fifth of the check's peak memory), and leaves the core to the main thread meanwhile.
 */
const AHEAD = 2;

/**
 * Files per message: large enough that messaging costs little, small enough to start the main
 * thread early; the batch being filled survives every scavenge, so a smaller one keeps them cheap
 * (a quarter of 1,000 files took a third less garbage-collection time).
 */
const BATCH = 250;

const { dir, files, received } = workerData as WorkerInput;
let sent = 0;
/** Posts a batch once the main thread has taken in all but AHEAD of those sent before it. */
function post(batch: FileIndex[]) {
  if (received) {
    for (let seen = Atomics.load(received, 0); sent - seen >= AHEAD; seen = Atomics.load(received, 0)) Atomics.wait(received, 0, seen, 1000);
  }
  parentPort?.postMessage(batch);
  sent++;
}
let batch: FileIndex[] = [];
for (const relative of files) {
  batch.push(workerFileIndex(dir, relative));
  if (batch.length === BATCH) {
    post(batch);
    batch = [];
  }
}
post(batch);
