import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './scripts/lib/chromium.ts';

const port = Number(process.env['PLANBOOK_E2E_PORT'] || 4391);
const base = process.env['PLANBOOK_BASE'] || '/';
const origin = `http://127.0.0.1:${port}`;
const binDir = path.join(import.meta.dirname, 'node_modules', '.bin');
/** `npm test` builds dist/ once (and checks its links) before Playwright starts: then only preview it. */
const prebuilt = process.env['PLANBOOK_E2E_PREBUILT'] === '1';
const preview = `astro preview --port ${port} --host 127.0.0.1`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Two workers on a 2-core machine; the timeouts are generous because the same machine may be
  // running other builds (a loaded CI run once failed axe tests on a 30 s timeout). A test that
  // hangs still fails, after 2 minutes; no test waits for network idle.
  workers: 2,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    // Ends in the site's base, so tests can use relative paths (`./en/`) and still work under a base.
    baseURL: new URL(base.endsWith('/') ? base : `${base}/`, origin).href,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          args: CHROMIUM_ARGS,
          // Debian's Chromium; Playwright never downloads a browser here, its own build is only a fallback.
          ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
        },
      },
    },
  ],
  webServer: {
    command: prebuilt ? preview : `npm run build && ${preview}`,
    url: new URL(base.endsWith('/') ? base : `${base}/`, origin).href,
    reuseExistingServer: !process.env['CI'] && !prebuilt,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      // Run the build and `astro preview` on the project's Node 22 even when Playwright was started directly.
      PATH: `${binDir}${path.delimiter}${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      // The demo is written as of this day (an October report in 华南 is overdue); pinning it keeps the tests stable.
      PLANBOOK_AS_OF: process.env['PLANBOOK_AS_OF'] || '2026-11-27',
    },
  },
});
