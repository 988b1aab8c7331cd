// npm run territory:load — loads the communes and intercommunalities of TERRITORY_DEPARTEMENTS
// from the official référentiel (@etalab/decoupage-administratif) and the shipped centroids
// into the configured database. Idempotent: run it again after updating the package; a
// commune the référentiel no longer lists is reported, never deleted.
import { connectDatabase } from '../src/lib/server/db/connect';
import { config } from '../src/lib/server/config';
import { loadReferential } from '../src/lib/server/territory/load-referential';
import { describeReferentialReport } from '../src/lib/server/territory/referential-report-text';

const handle = await connectDatabase({
	url: config.databaseUrl,
	dataDir: config.pgliteDataDir,
	poolSize: 1
});
try {
	await handle.migrate();
	const report = await loadReferential(handle.db, { departements: config.departements });
	for (const line of describeReferentialReport(report)) console.log(line);
} finally {
	await handle.close();
}
