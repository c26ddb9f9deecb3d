import { parentPort } from 'node:worker_threads';

/**
 * What a portal worker (load-worker.ts, content-cache-worker.ts) does with its slice: each file's
 * result posted to the main thread in batches of `size`, the last one possibly short (or empty).
 */
export function postInBatches<T>(files: readonly string[], read: (relative: string) => T, size: number): void {
  let batch: T[] = [];
  for (const relative of files) {
    batch.push(read(relative));
    if (batch.length === size) {
      parentPort?.postMessage(batch);
      batch = [];
    }
  }
  parentPort?.postMessage(batch);
}
