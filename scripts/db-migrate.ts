// npm run db:migrate — applies the migrations in drizzle/ to DATABASE_URL (or the embedded
// database in PGLITE_DATA_DIR). Safe to run while another instance migrates: it waits.
import { connectDatabase } from '../src/lib/server/db/connect';
import { config } from '../src/lib/server/config';

const handle = await connectDatabase({
	url: config.databaseUrl,
	dataDir: config.pgliteDataDir,
	poolSize: 1
});
try {
	await handle.migrate();
	console.log(`Migrations appliquées (${handle.kind}).`);
} finally {
	await handle.close();
}
