import { test } from '@playwright/test';
import { laneApiUrl, laneNginxUrl, laneWebUrl } from './ports';

/** The demo API of the running test's lane (e2e/support/ports.ts). */
export function apiUrl(): string {
  return laneApiUrl(test.info().parallelIndex);
}

/** The build served for the running test's lane. */
export function webUrl(): string {
  return laneWebUrl(test.info().parallelIndex);
}

/** nginx, started by deploy/entrypoint.sh for the running test's lane, proxying to its demo API. */
export function nginxUrl(): string {
  return laneNginxUrl(test.info().parallelIndex);
}
