/**
 * A name as compared, never as written back: NFKC (full-width letters, digits and the ideographic
 * space become their plain forms), lower case, spaces removed ("王\u3000磊", "Ｗａｎｇ Lei" → "王磊",
 * "wanglei").
 */
export function normalise(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
