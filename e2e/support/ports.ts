/**
 * Ports of the servers the e2e tests start. Overridable so several people (or CI jobs)
 * can run the suite at once on one machine.
 */
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 4180);
export const API_PORT = Number(process.env.E2E_API_PORT ?? 8790);
/** The dev server for the demo-mode smoke test (service-worker demo API). */
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? WEB_PORT + 1000);

export const webUrl = `http://localhost:${WEB_PORT}`;
export const apiUrl = `http://localhost:${API_PORT}`;
export const devUrl = `http://localhost:${DEV_PORT}`;

/** The production build the e2e tests serve; one folder per port so parallel runs do not clobber each other. */
export const e2eOutDir = `dist-e2e/${WEB_PORT}`;
