// `npm run build`: the portal is only built from content that passes `plan check`.
// check → format reference → astro build → search index. Each step prints what it does.
import { checkContent } from '../src/rules/check.ts';
import { today } from '../src/core/dates.ts';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { ContentDirError } from '../src/model/load.ts';
import { schema } from './commands/schema.ts';
import { processIo } from './lib/cli.ts';
import { diagnosticsAsText } from './lib/format-diagnostics.ts';
import { bin, ROOT as root, runTool } from './lib/run-tool.ts';

/** Every page but those under en/: the root pages and the fiscal-year trees. */
export const PAGEFIND_GLOB = '{index.html,years/**/*.html,reference/**/*.html,[0-9][0-9][0-9][0-9]/**/*.html}';

export interface BuildOptions {
  /** Content folder (PLANBOOK_CONTENT, default content). */
  content?: string;
  /** Deadlines judged as of (PLANBOOK_AS_OF, default today). */
  asOf?: string;
  /** Extra arguments for `astro build`. */
  astroArgs?: string[];
  log?: (line: string) => void;
}

/** Returns the exit code: 0 built, 1 the content has errors (nothing built), 2 a tool failed. */
export async function build({ content = process.env['PLANBOOK_CONTENT'] || 'content', asOf = process.env['PLANBOOK_AS_OF'] || today(), astroArgs = [], log = console.log }: BuildOptions = {}): Promise<number> {
  const started = performance.now();
  const step = (text: string) => log(`▸ ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  step(`plan check --content ${content} --as-of ${asOf}`);
  let result;
  try {
    result = await checkContent(content, { asOf });
  } catch (error) {
    if (error instanceof ContentDirError) {
      console.error(`planbook build: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  if (result.diagnostics.length) log(diagnosticsAsText(result.diagnostics));
  if (errors > 0) {
    console.error(`\nplanbook build: refusing to build the portal: ${errors} error${errors === 1 ? '' : 's'} in the content (see above). Fix them, then run npm run build again.`);
    return 1;
  }
  log(`  ${result.load.fileCount} files, no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`);

  step('plan schema --write (format reference and JSON Schemas)');
  const written = await schema({ write: true }, { ...processIo, cwd: root });
  if (written !== 0) return written;

  step('astro build');
  const env = { ...process.env, PLANBOOK_CONTENT: content, PLANBOOK_AS_OF: asOf };
  const astro = await runTool(bin('astro'), ['build', ...astroArgs], { env });
  if (astro !== 0) return astro;

  step('pagefind (search index)');
  // Only the Chinese pages are indexed: English pages show the same (Chinese) documents, and indexing
  // both made pagefind peak at 2.6 GB on a 1,000-person company; the English search page maps each
  // hit to its English page. PAGEFIND_GLOB is exported for the bench, which indexes the same way.
  const pagefind = await runTool(bin('pagefind'), ['--site', 'dist', '--glob', PAGEFIND_GLOB, '--silent'], { env });
  if (pagefind !== 0) return pagefind;

  step('done: dist/');
  return 0;
}

if (import.meta.main) process.exitCode = await build({ astroArgs: process.argv.slice(2) });
