// `npm start`: build the portal (refusing bad content), then serve dist/ locally.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from './build.ts';

const host = '127.0.0.1';
const port = process.env['PORT'] || '4321';
const code = await build();
if (code !== 0) process.exit(code);
const root = path.resolve(import.meta.dirname, '..');
console.log(`\nPlanbook portal: http://${host}:${port}${(process.env['PLANBOOK_BASE'] || '/').replace(/\/?$/, '/')}  (Ctrl-C to stop)\n`);
const child = spawn(path.join(root, 'node_modules', '.bin', 'astro'), ['preview', '--host', host, '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (exitCode) => process.exit(exitCode ?? 0));
