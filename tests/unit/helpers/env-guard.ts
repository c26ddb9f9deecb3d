// Run before every unit test file (vitest.config.ts setupFiles). The unit tests share one module
// graph and one process.env per worker (isolate: false), and the CLI reads the reader's language
// from PLANBOOK_LANG when it starts. A test that stubs it and times out on a loaded machine restores
// it only when its work finishes, so the tests after it, in any file, read English where they
// expect Chinese. Every test therefore starts from the language the worker started with.
import { beforeEach } from 'vitest';

const KEY = '__planbookLangAtStart';
const store = globalThis as Record<string, unknown>;
if (!(KEY in store)) store[KEY] = process.env['PLANBOOK_LANG'];

beforeEach(() => {
  const start = store[KEY] as string | undefined;
  if (start === undefined) delete process.env['PLANBOOK_LANG'];
  else process.env['PLANBOOK_LANG'] = start;
});
