// Loaded with `node --import` by tests/unit/cli-startup.test.ts: writes the URL of every module the
// process loads (ES modules and require()d CommonJS alike) to the file named by PLANBOOK_MODULES_OUT.
import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';

const out = process.env['PLANBOOK_MODULES_OUT'];
if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(out, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
