/** The URL schemes a document body may link to; anything without a scheme is relative and stays on the portal. */
export const SAFE_SCHEMES = ['https', 'http', 'mailto'] as const;

/**
 * Whether a link or image URL from a body is safe to render, judged the way a browser reads it:
 * tabs and line breaks anywhere are dropped and leading or trailing control characters and spaces
 * trimmed (so `java\tscript:` and `\u0001javascript:` are still `javascript:`), the scheme is compared
 * case-blind (`JaVaScRiPt:`). The Markdown parser has already decoded character references
 * (`&#106;avascript:`), so the URL arrives here as the browser would see it. Linear in the length.
 */
export function isSafeUrl(url: string): boolean {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  let scheme = '';
  for (let index = start; index < end; index++) {
    const char = url[index] ?? '';
    if (char === '\t' || char === '\n' || char === '\r') continue;
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return false;
    if (char === ':') return (SAFE_SCHEMES as readonly string[]).includes(scheme.toLowerCase());
    // A "/", "?" or "#" before any colon makes the URL relative (`./a:b`, `?q=x:y`).
    if (char === '/' || char === '?' || char === '#') return true;
    scheme += char;
  }
  return true;
}
