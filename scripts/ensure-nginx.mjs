#!/usr/bin/env node
/**
 * Finds the nginx the e2e project "nginx" serves the build with (through
 * deploy/entrypoint.sh), or installs it: `apt-get install nginx` as root on Debian and
 * Ubuntu, as ensure-browser.mjs does for Chromium. Anyone else is told what to install.
 * playwright.config.ts calls findNginx() itself, so the nginx found here is the one the
 * tests use.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** deploy/entrypoint.sh passes -e, which came with nginx 1.19.5. */
const MINIMUM = [1, 19, 5];
const USUAL_PLACES = [
  '/usr/sbin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/nginx/sbin/nginx',
  '/opt/homebrew/bin/nginx',
];

/** @param {string} path */
const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The nginx binary: PIPEWATCH_NGINX, else nginx on PATH, else a usual place (/usr/sbin is
 * often not on a normal user's PATH). Null when there is none.
 * @returns {string | null}
 */
export function findNginx() {
  if (process.env.PIPEWATCH_NGINX) return executable(process.env.PIPEWATCH_NGINX) ? process.env.PIPEWATCH_NGINX : null;
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'));
  return [...onPath, ...USUAL_PLACES].find(executable) ?? null;
}

/**
 * @param {string} nginx
 * @returns {number[] | null} [major, minor, patch]
 */
function versionOf(nginx) {
  // nginx -v writes "nginx version: nginx/1.22.1" to stderr.
  const { stderr } = spawnSync(nginx, ['-v'], { encoding: 'utf8' });
  const match = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(stderr ?? '');
  return match ? match.slice(1).map(Number) : null;
}

/** @param {number[]} a @param {number[]} b */
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !executable('/usr/bin/apt-get')) return false;
  console.log('ensure-nginx: no nginx found; installing the Debian package "nginx" with apt-get');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'nginx']]) {
    console.log(`ensure-nginx: running apt-get ${args.join(' ')}`);
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return true;
}

function main() {
  let nginx = findNginx();
  if (!nginx && !process.env.PIPEWATCH_NGINX && install()) nginx = findNginx();
  if (!nginx) {
    console.error(
      [
        process.env.PIPEWATCH_NGINX
          ? `ensure-nginx: PIPEWATCH_NGINX="${process.env.PIPEWATCH_NGINX}" is not an executable.`
          : 'ensure-nginx: nginx is not installed, and only root with apt-get can install it from here.',
        'The e2e project "nginx" serves the build with it. Install nginx 1.19.5 or newer, then run the tests again:',
        '  Debian, Ubuntu: sudo apt-get install nginx',
        '  Fedora, RHEL:   sudo dnf install nginx',
        '  macOS:          brew install nginx',
        'or set PIPEWATCH_NGINX to an nginx binary. Only the binary is used: no service needs to run.',
      ].join('\n'),
    );
    process.exit(1);
  }
  const found = versionOf(nginx);
  if (!found || compare(found, MINIMUM) < 0) {
    console.error(
      `ensure-nginx: ${nginx} is nginx ${found?.join('.') ?? '(unknown version)'}; deploy/entrypoint.sh needs ${MINIMUM.join('.')} or newer. Set PIPEWATCH_NGINX to a newer one.`,
    );
    process.exit(1);
  }
  console.log(`ensure-nginx: using nginx ${found.join('.')} at ${nginx}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
