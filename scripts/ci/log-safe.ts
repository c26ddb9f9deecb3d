import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Escapes control characters the way workflow commands escape data (`%0D`, `%0A`, `%1B`…), so a
 * carriage return in a file name cannot start a new log line that the runner reads as a command.
 * Line feeds between lines are kept; tabs stay as they are.
 */
export function escapeLogLine(line: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return line.replace(/%/g, '%25').replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code > 0xff ? `%u${code.toString(16).toUpperCase()}` : `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/**
 * Text a pull request influenced (file names, people's names), ready to print in a workflow log:
 * every line escaped, and the whole between `::stop-commands::` markers with an unguessable token,
 * so not even a line that starts with `::` is obeyed.
 */
export function untrustedLog(text: string, token: string = randomUUID()): string {
  const lines = text.replace(/\n$/, '').split('\n').map(escapeLogLine);
  return [`::stop-commands::${token}`, ...lines, `::${token}::`].join('\n');
}

// `node scripts/ci/log-safe.ts FILE`: print FILE as untrusted text.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('Usage: node scripts/ci/log-safe.ts FILE\n');
    process.exitCode = 2;
  } else process.stdout.write(`${untrustedLog(readFileSync(file, 'utf8'))}\n`);
}
