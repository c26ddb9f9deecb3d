import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** File-system steps `writeAtomic` uses; tests replace one to simulate a crash between them. */
export interface AtomicSteps {
  rename: (from: string, to: string) => void;
}

const defaultSteps: AtomicSteps = { rename: renameSync };

/**
 * Replaces `file` with `text` so that a reader (or a crash) sees either the old bytes or the new,
 * never half a file: write a temporary file beside it, fsync, rename over the original. The
 * temporary file is removed when any step fails, and the original's permissions are kept.
 * `exclusive` refuses (EEXIST) instead of replacing an existing file: scaffolding never overwrites.
 */
export function writeAtomic(file: string, text: string | Uint8Array, { steps = defaultSteps, exclusive = false } = {}): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    // A new file: the default mode.
  }
  let fd: number;
  try {
    fd = openSync(temp, 'wx', mode);
  } catch (error) {
    // The temporary name is ours: the user must hear about the file they named.
    const { code, message } = error as NodeJS.ErrnoException;
    // `write`: the CLI says "cannot write" in the reader's language (scripts/lib/system-error-messages.ts).
    throw Object.assign(new Error(`cannot write ${file}: ${code === 'ENOENT' ? 'its folder does not exist (ENOENT)' : message}`), { code, syscall: 'open', path: file, write: true });
  }
  try {
    try {
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (exclusive) {
      // link() fails with EEXIST instead of replacing, so a file created meanwhile is never overwritten.
      linkSync(temp, file);
      unlinkSync(temp);
    } else {
      steps.rename(temp, file);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone: nothing to clean up.
    }
    throw error;
  }
}
