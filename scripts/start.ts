// `npm start`: build the portal (refusing bad content), then serve dist/ locally.
import { textIn } from '../src/core/messages.ts';
import { buildLang, say } from '../src/site/build-messages.ts';
import { build } from './build.ts';
import { bin, runTool } from './lib/run-tool.ts';

const host = '127.0.0.1';
const port = process.env['PORT'] || '4321';
const code = await build();
if (code !== 0) process.exit(code);
const url = `http://${host}:${port}${(process.env['PLANBOOK_BASE'] || '/').replace(/\/?$/, '/')}`;
console.log(`\n${textIn(say('start.serving', { url }), buildLang())}\n`);
process.exit(await runTool(bin('astro'), ['preview', '--host', host, '--port', port]));
