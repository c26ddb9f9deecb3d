import { parentPort, workerData } from 'node:worker_threads';
import { listFiles } from '../model/list-files.ts';

/**
 * Lists a content folder off the main thread (src/site/content-cache.ts), while the main thread reads
 * the cache: the sorted paths posted back as one string, one a line (one string clones in
 * microseconds, 250,000 in a tenth of a second).
 */
export interface ListWorkerInput {
  dir: string;
}

const { dir } = workerData as ListWorkerInput;
parentPort?.postMessage((await listFiles(dir)).join('\n'));
