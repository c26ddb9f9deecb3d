import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  exitCode: number;
  seconds: number;
  /** Highest sum of resident memory of the process and all its descendants, sampled every 100 ms. */
  peakTreeKb: number;
  /** Kernel-tracked peak of the largest single process (GNU time's %M, else the sampled VmHWM). */
  peakProcessKb: number;
  /**
   * User + system CPU seconds of the command and the children it waited for (GNU time's %U + %S; 0
   * without GNU time). On a machine shared with other work, wall time stretches but this does not:
   * for a single-threaded build it is about the wall time the same build takes on an idle machine.
   * At least the CPU time sampled from /proc for every process of the tree: a helper the command
   * stops without waiting for (pagefind's service) is not in GNU time's figure.
   */
  cpuSeconds: number;
}

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Everything the command prints goes here, so a 50,000-page log does not flood the terminal. */
  logFile: string;
  /** Called with each output line, e.g. to count pages for progress. */
  onLine?: (line: string) => void;
}

/** GNU time reads the peak from the kernel when the command ends, which 100 ms sampling can miss. */
const GNU_TIME = '/usr/bin/time';

const kbField = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** Parent of every live process, from /proc (Linux only; elsewhere the tree is just the root). */
function parents(): Map<number, number> {
  const result = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return result;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in parentheses may itself contain spaces or parentheses: parse after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      result.set(Number(entry), ppid);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return result;
}

function tree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const found = [root];
  for (let index = 0; index < found.length; index++) found.push(...(byParent.get(found[index] ?? -1) ?? []));
  return found;
}

/**
 * Writes back to disk what earlier steps left in the page cache (`sync`), so that the kernel's
 * writeback does not run inside a measured command. Generating the 10,000-person company and
 * committing it leave about 2 GB of dirty pages, which the kernel flushes over the next minute: a
 * 10,000-person `plan check` measured 6.75 s (12.5 s of CPU) with 1 GB still to be written against
 * 4.84–4.98 s (9.1–9.4 s) after `sync` (2026-12-01, 2 cores). Where there is no `sync`, nothing is done.
 */
export function settleWrites(): void {
  spawnSync('sync', [], { stdio: 'ignore' });
}

/**
 * Runs a command and measures what a user waits for and what the machine must hold: wall time and
 * peak memory. Astro may start worker processes, so memory is summed over the whole process tree.
 * Pending writes are flushed first (`settleWrites`), outside the measured time.
 */
export function measureCommand(command: string, args: string[], { cwd, env, logFile, onLine }: MeasureOptions): Promise<Measured> {
  settleWrites();
  return new Promise((resolve) => {
    const timeDir = existsSync(GNU_TIME) ? mkdtempSync(path.join(tmpdir(), 'planbook-measure-')) : undefined;
    const timeFile = timeDir && path.join(timeDir, 'time');
    const start = performance.now();
    const child = timeFile
      ? spawn(GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(logFile);
    const hwm = new Map<number, number>();
    /** CPU ticks (user + system, its own threads) each process of the tree had used when last sampled. */
    const ticks = new Map<number, number>();
    let peakTreeKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      // GNU time itself (about 2 MB) is not part of what is measured.
      for (const pid of tree(child.pid).slice(timeFile ? 1 : 0)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          sum += kbField(status, 'VmRSS');
          hwm.set(pid, Math.max(hwm.get(pid) ?? 0, kbField(status, 'VmHWM')));
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          ticks.set(pid, Number(fields[11]) + Number(fields[12]));
        } catch {
          // Gone already; its last sample counted.
        }
      }
      peakTreeKb = Math.max(peakTreeKb, sum);
    };
    const timer = setInterval(sample, 100);
    let pending = '';
    const take = (chunk: Buffer) => {
      log.write(chunk);
      if (!onLine) return;
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const finish = (exitCode: number) => {
      clearInterval(timer);
      log.end();
      let kernelKb = 0;
      let cpuSeconds = 0;
      if (timeDir && timeFile) {
        const [, kb = '0', user = '0', system = '0'] = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '') ?? [];
        kernelKb = Number(kb);
        cpuSeconds = Number(user) + Number(system);
        rmSync(timeDir, { recursive: true, force: true });
      }
      const peakProcessKb = Math.max(kernelKb, ...hwm.values());
      // Linux counts CPU in clock ticks of 1/100 s (USER_HZ).
      const sampledCpu = [...ticks.values()].reduce((sum, value) => sum + value, 0) / 100;
      resolve({ exitCode, seconds: (performance.now() - start) / 1000, peakTreeKb: Math.max(peakTreeKb, peakProcessKb), peakProcessKb, cpuSeconds: Math.max(cpuSeconds, sampledCpu) });
    };
    child.on('error', (error) => {
      log.write(`could not start ${command}: ${error.message}\n`);
      finish(2);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}
