import { closeSync, openSync, readSync } from 'node:fs';
import { mayHoldMdx } from '../mdx/may-hold-mdx.ts';
import { decodeText } from '../core/source.ts';
import { indexFileOnDisk, readText, type FileIndex } from './load.ts';

/** One buffer for every file a thread reads: a new buffer per file was a third of reading the text. */
const buffer = Buffer.allocUnsafe(64 * 1024);

/** A file's text as `readText` reads it, through the thread's buffer (files larger than it are read whole). */
function readThroughBuffer(full: string): string {
  const fd = openSync(full, 'r');
  let length: number;
  try {
    length = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  if (length === buffer.length) return readText(full);
  const text = buffer.toString('utf8', 0, length);
  return text.includes('\0') || text.includes('\uFFFD') ? decodeText(buffer.subarray(0, length)) : text;
}

/**
 * A content file's index as a check's worker makes it (`indexFileOnDisk`): read through one buffer,
 * the body kept only where it may hold MDX (the only rule reading bodies skips the others).
 */
export function workerFileIndex(dir: string, relative: string): FileIndex {
  return indexFileOnDisk(dir, relative, { read: readThroughBuffer, keepBody: mayHoldMdx });
}
