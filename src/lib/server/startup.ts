import { config } from './config';
import { logger } from './log';
import { closeRuntimeDatabase, openRuntimeDatabase } from './db/runtime';
import { isDatabaseEmpty, seedDemoData } from './seed/seed-demo-data';
import { printDemoAccounts } from './seed/print-demo-accounts';
import { startMailSender, type MailSenderHandle } from './mail/sender';
import { createMailTransport } from './mail/transport';
import { startHousekeeping, type HousekeepingHandle } from './housekeeping';

let sender: MailSenderHandle | undefined;
let housekeeping: HousekeepingHandle | undefined;
let shuttingDown = false;

export const isShuttingDown = () => shuttingDown;

/**
 * Runs once when the server starts (the `init` hook): migrations, demo data on a new
 * embedded database, the mail sender, and the graceful shutdown.
 */
export async function startServer(): Promise<void> {
	const handle = await openRuntimeDatabase();
	await handle.migrate();
	logger.info({ database: handle.kind }, 'database migrated');
	if (handle.kind === 'postgres' && !config.hasTrackingLinkSecret) {
		// A production database with the fixed development key: say so at every start.
		logger.warn('TRACKING_LINK_SECRET is not set: the tracking links in mails use a fixed key');
	}

	if (
		handle.kind === 'pglite' &&
		config.demoSeed === 'auto' &&
		(await isDatabaseEmpty(handle.db))
	) {
		const accounts = await seedDemoData(handle.db);
		logger.info('empty embedded database: demo data created');
		printDemoAccounts(accounts);
	}

	sender = startMailSender(handle.db, {
		transport: createMailTransport(),
		intervalMs: config.mailSenderIntervalMs,
		leaseMs: config.mailLeaseMs,
		log: logger.child({ component: 'mail-sender' })
	});

	housekeeping = startHousekeeping(handle.db, logger.child({ component: 'housekeeping' }));

	// adapter-node emits this after it stopped accepting connections and finished the
	// requests in flight; the listener keeps the process until our own work is done.
	process.once('sveltekit:shutdown', async (reason) => {
		shuttingDown = true;
		logger.info({ reason }, 'shutting down');
		await Promise.all([sender?.stop(), housekeeping?.stop()]);
		await closeRuntimeDatabase();
		logger.info('shutdown complete');
	});
}
