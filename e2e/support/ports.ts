/**
 * Ports of the servers the e2e tests start. Overridable so several people (or CI jobs)
 * can run the suite at once on one machine.
 */
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 4180);
export const API_PORT = Number(process.env.E2E_API_PORT ?? 8790);
/** The dev server for the demo-mode smoke test (service-worker demo API). */
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? WEB_PORT + 1000);
/** nginx started by deploy/entrypoint.sh, one per lane, proxying the API to its lane's demo API. */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? WEB_PORT + 10);

/**
 * Parallel workers. The demo API is stateful (each test resets it), so each worker gets a
 * lane of its own: a demo API on API_PORT + lane and the build, pointed at it, on WEB_PORT + lane.
 */
export const LANES = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
export const laneWebUrl = (lane: number) => `http://localhost:${WEB_PORT + lane}`;
export const laneApiUrl = (lane: number) => `http://localhost:${API_PORT + lane}`;
export const devUrl = `http://localhost:${DEV_PORT}`;
// nginx listens on IPv4 only (deploy/nginx.conf), while "localhost" may resolve to ::1 first.
export const laneNginxUrl = (lane: number) => `http://127.0.0.1:${NGINX_PORT + lane}`;

/** The production build the e2e tests serve; one folder per port so parallel runs do not clobber each other. */
export const e2eOutDir = `dist-e2e/${WEB_PORT}`;
