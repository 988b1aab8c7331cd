// npm run db:seed — migrates, then adds the demo territory and accounts. Idempotent.
import { connectDatabase } from '../src/lib/server/db/connect';
import { config } from '../src/lib/server/config';
import { seedDemoData } from '../src/lib/server/seed/seed-demo-data';
import { printDemoAccounts } from '../src/lib/server/seed/print-demo-accounts';

const handle = await connectDatabase({
	url: config.databaseUrl,
	dataDir: config.pgliteDataDir,
	poolSize: 1
});
try {
	await handle.migrate();
	printDemoAccounts(await seedDemoData(handle.db));
} finally {
	await handle.close();
}
