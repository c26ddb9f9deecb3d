import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Modules a worker thread imports before its own module (URLs): the CLI's start-up caches
 * (scripts/lib/thread-setup.ts). A worker has neither the load hooks nor the compile cache of the
 * thread that starts it, so without them each of a check's workers stripped the types of every
 * module it loads again (issue 13: about 0.3 s of CPU time per worker).
 */
const setups: string[] = [];

/** Has every worker started by `startWorker` import `url` first (a module that prepares its thread when imported). */
export function addWorkerSetup(url: string): void {
  if (!setups.includes(url)) setups.push(url);
}

/** `new Worker(url, options)`, the thread prepared by the modules `addWorkerSetup` named (in order) before it loads `url`. */
export function startWorker(url: URL, options: WorkerOptions): Worker {
  if (setups.length === 0) return new Worker(url, options);
  // An evaluated worker runs this code in place of a file; `workerData` and `parentPort` are the same.
  const imports = [...setups, url.href].map((href) => `() => import(${JSON.stringify(href)})`).join(', ');
  const code = `[${imports}].reduce((done, next) => done.then(next), Promise.resolve());`;
  return new Worker(code, { ...options, eval: true });
}
