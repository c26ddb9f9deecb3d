// `npm start`: build the portal (refusing bad content), then serve dist/ locally.
import { build } from './build.ts';
import { bin, runTool } from './lib/run-tool.ts';

const host = '127.0.0.1';
const port = process.env['PORT'] || '4321';
const code = await build();
if (code !== 0) process.exit(code);
console.log(`\nPlanbook portal: http://${host}:${port}${(process.env['PLANBOOK_BASE'] || '/').replace(/\/?$/, '/')}  (Ctrl-C to stop)\n`);
process.exit(await runTool(bin('astro'), ['preview', '--host', host, '--port', port]));
