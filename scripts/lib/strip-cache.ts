// Keeps the JavaScript Node strips from each TypeScript module, so that a command's start-up does
// not strip its modules again (issue 13: ~0.2 s of every `plan check`). Node's compile cache
// (`module.enableCompileCache`) keeps V8's code for a module's source, but type stripping runs
// before it on every start. A load hook (`module.registerHooks`, synchronous, in this thread) looks
// up the stripped code by a hash of the module's source and Node's version in a folder of the OS
// temp dir (never the user's repository); a miss strips again and stores the result. Stripping
// replaces types by blanks, so line and column of every stack trace stay the source's.
// Import this module before any other of the entry point's, and load the rest with `import()`:
// ES modules statically imported are loaded before the entry's code registers the hook.
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Bump when the cache's entries change shape. */
const FORMAT = '1';

/** The cache's folder: one per user (a shared temp dir must not let another user plant code we run). */
export function stripCacheDir(): string {
  return path.join(os.tmpdir(), `planbook-strip-cache-${process.getuid?.() ?? 'user'}`);
}

/** Is `dir` ours, writable by us alone? Creates it when missing. */
function ownFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

// One call rather than createHash's object: a fifth of the time for a module's few kilobytes, hashed twice per module loaded.
const sha1 = (text: string) => hash('sha1', text, 'hex');

/**
 * An entry is `<sha1 of the code>\n<code>`: one cut short or changed by anything but this module
 * fails the check and is a miss, never code that runs.
 */
function readEntry(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const code = text.slice(newline + 1);
  return newline === 40 && text.slice(0, 40) === sha1(code) ? code : undefined;
}

function writeEntry(file: string, code: string): void {
  // Renamed into place: concurrent runs each write whole entries, and a reader sees one or the other.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${sha1(code)}\n${code}`, { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // A full disk or a read-only temp dir: the next run strips again.
  }
}

type Strip = (source: string) => string;

/** `module.stripTypeScriptTypes` without its one-time ExperimentalWarning: the warning is about Node's API, not the user's content. */
function quietStrip(strip: (code: string, options?: { mode?: 'strip' }) => string): Strip {
  return (source) => {
    const emitWarning = process.emitWarning;
    process.emitWarning = () => undefined;
    try {
      return strip(source, { mode: 'strip' });
    } finally {
      process.emitWarning = emitWarning;
    }
  };
}

/**
 * Registers the load hook keeping stripped TypeScript in `dir` (default `stripCacheDir()`). Does
 * nothing where Node lacks `module.registerHooks` or `module.stripTypeScriptTypes`, or when the
 * folder is not the user's own. Modules under node_modules are left to Node (which refuses them).
 */
export function cacheTypeStripping(dir: string = stripCacheDir()): void {
  const { registerHooks, stripTypeScriptTypes } = module as Partial<Pick<typeof module, 'registerHooks' | 'stripTypeScriptTypes'>>;
  if (!registerHooks || !stripTypeScriptTypes || !ownFolder(dir)) return;
  const strip = quietStrip(stripTypeScriptTypes);
  const version = `${FORMAT}\0${process.version}\0`;
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (loaded.format !== 'module-typescript' || url.includes('/node_modules/') || loaded.source === undefined) return loaded;
      const source = typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source as Uint8Array).toString('utf8');
      const file = path.join(dir, `${sha1(version + source)}.js`);
      let code = readEntry(file);
      if (code === undefined) {
        code = strip(source);
        writeEntry(file, code);
      }
      return { format: 'module', source: code, shortCircuit: true };
    },
  });
}
