/**
 * The server under test, shared by playwright.config.ts and the helpers. Its files live
 * under the repository root (the folder of playwright.config.ts, where the web server
 * starts) and are wiped before every run.
 */
/** E2E_PORT lets two checkouts run their suites side by side on one machine. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
/** The loopback SMTP server the portal delivers to during the run (smtp-sink.mjs). */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 1);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = './data/e2e';
export const E2E_PGLITE_DIR = `${E2E_DATA_DIR}/db`;
export const E2E_OUTBOX_DIR = `${E2E_DATA_DIR}/outbox`;
