#!/usr/bin/env node
/**
 * Finds a Chromium for Playwright, or installs one. Order: Playwright's own download,
 * then a system Chromium, then `apt-get install chromium` (root) or `playwright install
 * chromium` (anyone else). playwright.config.ts calls findChromium() itself, so the
 * browser found here is the browser the tests use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The team's quiet, container-friendly Chromium flags: no sandbox (root in CI), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Browser UI that a headless test never shows. Chromium 156 loads the address bar's popup
 * as a WebUI page in a renderer of its own with every window, that is with every test's
 * context: about 0.7 s of CPU each on a two-core runner, a third of the fault matrix's time.
 */
const UNSEEN_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The features Playwright itself disables (playwright-core's chromiumSwitches), read from
 * the installed copy so that an upgrade's list is kept; null when its bundle has changed shape.
 */
function playwrightDisabledFeatures() {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  const names = list?.match(/"\w+"/g)?.map((quoted) => quoted.slice(1, -1));
  return names?.length ? names : null;
}

/**
 * Flags for a Chromium that Playwright launches. Chromium obeys only the last
 * --disable-features, and Playwright sends its own list first: this one repeats
 * Playwright's and adds UNSEEN_UI_FEATURES. If Playwright's list cannot be read, the
 * browser keeps its popup (slower, not different): better than losing Playwright's list.
 */
export function playwrightChromiumArgs() {
  const playwrights = playwrightDisabledFeatures();
  if (!playwrights) {
    console.warn("ensure-browser: could not read Playwright's disabled Chromium features; the omnibox popup stays on");
    return CHROMIUM_FLAGS;
  }
  return [...CHROMIUM_FLAGS, `--disable-features=${[...playwrights, ...UNSEEN_UI_FEATURES].join(',')}`];
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
