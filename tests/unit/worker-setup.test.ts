import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { addWorkerSetup, startWorker } from '../../src/core/worker-setup.ts';

/** A folder of the modules below: a setup marking the thread, a worker posting back its workerData and the mark, and a worker that throws. */
function modules(): { setup: URL; worker: URL; failing: URL } {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-worker-setup-'));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return pathToFileURL(path.join(dir, name));
  };
  return {
    setup: file('setup.mjs', `globalThis.marks = [...(globalThis.marks ?? []), 'setup'];\n`),
    worker: file('worker.mjs', `import { parentPort, workerData } from 'node:worker_threads';\nparentPort.postMessage({ data: workerData, marks: globalThis.marks ?? [] });\n`),
    failing: file('failing.mjs', `throw new Error('planted');\n`),
  };
}

function firstMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('startWorker', () => {
  it('runs each setup module once, in order, before the worker module, which keeps its workerData', async () => {
    const { setup, worker } = modules();
    expect(await firstMessage(startWorker(worker, { workerData: { files: ['a'] } }))).toEqual({ data: { files: ['a'] }, marks: [] });
    addWorkerSetup(setup.href);
    addWorkerSetup(setup.href);
    const second = modules().setup;
    addWorkerSetup(second.href);
    expect(await firstMessage(startWorker(worker, { workerData: { files: ['b'] } }))).toEqual({ data: { files: ['b'] }, marks: ['setup', 'setup'] });
  });

  it('reports an error the worker module throws as the worker’s error', async () => {
    const { setup, failing } = modules();
    addWorkerSetup(setup.href);
    await expect(firstMessage(startWorker(failing, {}))).rejects.toThrow('planted');
  });
});
