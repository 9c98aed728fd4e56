#!/usr/bin/env node
/**
 * Finds a Chromium for Playwright, or installs one. Order: Playwright's own download,
 * then a system Chromium, then `apt-get install chromium` (root) or `playwright install
 * chromium` (anyone else). playwright.config.ts calls findChromium() itself, so the
 * browser found here is the browser the tests use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The browser to launch: `{ executablePath: undefined }` means Playwright's own
 * Chromium; a path means a system one. Null when there is none.
 * @returns {{ executablePath: string | undefined, source: string } | null}
 */
export function findChromium() {
  const fromEnv = process.env.PW_CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: 'PW_CHROMIUM_PATH' };
  if (existsSync(chromium.executablePath())) return { executablePath: undefined, source: 'Playwright' };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : null;
}

function run(command, args) {
  console.log(`ensure-browser: running ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('ensure-browser: no Chromium found; installing the Debian package "chromium" with apt-get');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    return;
  }
  console.log("ensure-browser: no Chromium found; downloading Playwright's Chromium");
  run('npx', ['playwright', 'install', 'chromium']);
}

function main() {
  let found = findChromium();
  if (!found) {
    install();
    found = findChromium();
  }
  if (!found) {
    console.error('ensure-browser: still no Chromium. Install one and set PW_CHROMIUM_PATH to its executable.');
    process.exit(1);
  }
  console.log(
    `ensure-browser: using ${found.source} Chromium${found.executablePath ? ` at ${found.executablePath}` : ''}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
