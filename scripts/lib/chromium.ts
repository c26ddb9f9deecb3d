// The one Chromium the end-to-end tests and `plan book` use: Debian's, else a build Playwright
// already has. Playwright never downloads a browser here.
import { accessSync, constants } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium in a container or CI runner (no sandbox, no GPU, no background traffic). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of a usable Chromium, or undefined. */
export async function findChromium(): Promise<string | undefined> {
  if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    const { chromium } = await import('playwright-core');
    const bundled = chromium.executablePath();
    if (bundled && isExecutable(bundled)) return bundled;
  } catch {
    // playwright-core missing or unable to name its browser: no fallback.
  }
  return undefined;
}
