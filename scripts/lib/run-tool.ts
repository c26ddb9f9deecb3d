import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';

/** The repository root, where node_modules/.bin holds the tools. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A tool installed in node_modules/.bin, by name (astro, pagefind, vitest…). */
export const bin = (name: string): string => path.join(ROOT, 'node_modules', '.bin', name);

/**
 * The environment for child tools: they start with `#!/usr/bin/env node`, so this Node (22) goes
 * first on PATH, or the system's older Node would run them. Astro's telemetry stays off.
 */
export function toolEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Runs a tool under the project's Node with the terminal as its stdio and resolves with its exit
 * code: the tool's own, 127 when it cannot start (said on stderr), 128 + the signal that ended it.
 */
export function runTool(command: string, args: readonly string[], { cwd = ROOT, env = process.env }: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: toolEnv(env) });
    child.on('error', (error) => {
      console.error(`planbook: could not start ${path.basename(command)}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/**
 * Runs a tool like runTool, but hands each line of its output (stdout and stderr) to `onLine`
 * instead of the terminal, for a progress display that counts what the tool reports. Aborting
 * `signal` stops the tool (SIGTERM); the promise still resolves once it has exited.
 */
export function runToolLines(command: string, args: readonly string[], onLine: (line: string) => void, { cwd = ROOT, env = process.env, signal }: { cwd?: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['inherit', 'pipe', 'pipe'], env: toolEnv(env) });
    signal?.addEventListener('abort', () => child.kill(), { once: true });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) onLine(line.replace(/\r$/, ''));
      });
      stream.on('end', () => {
        if (rest) onLine(rest);
      });
    }
    child.on('error', (error) => {
      console.error(`planbook: could not start ${path.basename(command)}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/**
 * `NODE_OPTIONS` for an `astro build` process (the portal build's and the rebuild's): 64 MB V8
 * semi-spaces rather than 16, so a page's short-lived strings and the documents read in die young
 * instead of being promoted (they change no page, only the time). A semi-space size already in
 * `options` wins.
 */
export function withAstroHeap(options: string | undefined): string {
  const given = options ?? '';
  return /--max-semi-space-size\b/.test(given) ? given : `${given} --max-semi-space-size=64`.trim();
}
