// A worker thread's start-up caches, as scripts/plan.ts sets them up for the main thread: V8's code
// cache and the stripped JavaScript of each TypeScript module (strip-cache.ts). Imported by every
// worker before its own module (src/core/worker-setup.ts); neither cache reaches a worker otherwise.
import module from 'node:module';
import { cacheTypeStripping } from './strip-cache.ts';

module.enableCompileCache?.();
cacheTypeStripping();
