import { workerData } from 'node:worker_threads';
import { indexFromDisk } from './content-cache.ts';
import { postInBatches } from './post-in-batches.ts';

/**
 * One worker of the site content cache's full read (src/site/content-cache.ts): each file of its
 * slice read, validated and hashed as the cache keeps it, posted back in batches of [blob id, index].
 */
export interface CacheWorkerInput {
  dir: string;
  files: string[];
}

/** Files per message: large enough that messaging costs little, small enough to start the main thread early. */
const BATCH = 1000;

const { dir, files } = workerData as CacheWorkerInput;
postInBatches(files, (relative) => indexFromDisk(dir, relative), BATCH);
