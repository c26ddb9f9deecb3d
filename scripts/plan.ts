// `plan`: the CLI's entry point (scripts/lib/cli-main.ts). It imports nothing else statically: the
// caches of start-up are in place before the CLI's modules load (ES modules statically imported
// are all loaded before the entry's code runs).
import module from 'node:module';
import type { Io } from './lib/cli.ts';
import { cacheTypeStripping } from './lib/strip-cache.ts';

/** Runs the CLI and returns the exit code (scripts/lib/cli-main.ts `main`). */
export async function main(argv: string[], io?: Io): Promise<number> {
  const cli = await import('./lib/cli-main.ts');
  return cli.main(argv, io);
}

if (import.meta.main) {
  // V8's code cache for the modules each command imports, kept in Node's own folder under the
  // OS temp dir (never in the user's repository); Node 20 has no compile cache and skips it.
  module.enableCompileCache?.();
  // The JavaScript of each TypeScript module, beside it (strip-cache.ts).
  cacheTypeStripping();
  // Both caches in the worker threads too (thread-setup.ts).
  (await import('../src/core/worker-setup.ts')).addWorkerSetup(new URL('./lib/thread-setup.ts', import.meta.url).href);
  // `plan check | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
