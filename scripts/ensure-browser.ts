// Makes sure the end-to-end tests can run: a Chromium (Debian's /usr/bin/chromium, or a browser
// Playwright already has) and CJK fonts, so pages in Chinese render as text and not as boxes.
// As root with apt-get, installs what is missing; otherwise says what to install and exits 1.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium.ts';

const HINT = "planbook: end-to-end tests need Chromium and CJK fonts: run 'sudo apt-get install -y chromium fonts-noto-cjk'";

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** True when fontconfig knows at least one font covering Chinese. */
function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

function run(command: string, args: string[]): boolean {
  console.log(`planbook: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

async function missingPackages(): Promise<string[]> {
  const missing: string[] = [];
  if (!(await findChromium())) missing.push('chromium');
  if (!hasCommand('fc-list')) missing.push('fontconfig');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  return missing;
}

async function main(): Promise<number> {
  const missing = await missingPackages();
  if (missing.length === 0) {
    console.log(`planbook: browser ok: ${await findChromium()}, CJK fonts present`);
    return 0;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(HINT);
    return 1;
  }
  console.log(`planbook: installing ${missing.join(', ')} for the end-to-end tests`);
  if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', ...missing])) {
    console.error(HINT);
    return 1;
  }
  const stillMissing = await missingPackages();
  if (stillMissing.length > 0) {
    console.error(`planbook: still missing after apt-get: ${stillMissing.join(', ')}`);
    console.error(HINT);
    return 1;
  }
  console.log(`planbook: browser ok: ${await findChromium()}, CJK fonts present`);
  return 0;
}

process.exitCode = await main();
