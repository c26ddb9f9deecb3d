/**
 * Only `<`, `{` and a line starting with import/export can make MDX differ from Markdown, and only
 * `](` and `]:` start a link or image whose URL must be checked; bodies without them need no
 * parse (parsing every body doubled the time of `plan check`), and a check's workers do not even
 * send them back.
 */
export function mayHoldMdx(body: string): boolean {
  return body.includes('<') || body.includes('{') || body.includes('](') || body.includes(']:') || /^(?:import|export)\b/m.test(body);
}
