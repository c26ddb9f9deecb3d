import iconv from 'iconv-lite';
import type { Encoding } from './table.ts';

/**
 * Export bytes → text and the encoding used. A byte-order mark decides; without one the bytes are
 * tried as strict UTF-8, and anything that is not valid UTF-8 is read as GB18030 (the superset of
 * GBK and GB2312 that older 用友/金蝶 systems and Excel's "CSV" on Chinese Windows write).
 */
export function decodeExport(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GB18030' };
  }
}
