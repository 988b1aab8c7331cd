// Run by playwright.config.ts before the server under test starts, on its fresh embedded
// database: migrates it and adds the e2e coordinator accounts (helpers/coordinator-accounts.ts),
// which nothing in the portal can create. It adds no relay, so the server still finds the
// database empty and seeds the demo on its first start.
import { connectDatabase } from '../../../src/lib/server/db/connect';
import { staffUsers } from '../../../src/lib/server/db/schema';
import { hashPassword } from '../../../src/lib/server/auth/password';
import { allE2eCoordinators } from '../helpers/coordinator-accounts';

const dataDir = process.env.PGLITE_DATA_DIR;
if (!dataDir) throw new Error('PGLITE_DATA_DIR is not set');

const handle = await connectDatabase({ dataDir });
try {
	await handle.migrate();
	const rows = await Promise.all(
		allE2eCoordinators.map(async (account) => ({
			email: account.email,
			name: account.name,
			role: account.role,
			relayId: null,
			epciCode: null,
			passwordHash: await hashPassword(account.password)
		}))
	);
	await handle.db.insert(staffUsers).values(rows).onConflictDoNothing();
} finally {
	await handle.close();
}
