// Run by playwright.config.ts before the server under test starts, after seed-follow-ups:
// requests of the Rennes relay whose every personal field is a marker
// (helpers/observatory-markers.ts), received weeks ago, then the observatory's counts
// refreshed, so that observatory-privacy.spec.ts reads pages cut from counts that include them.
import { connectDatabase } from '../../../src/lib/server/db/connect';
import { seedDemoData } from '../../../src/lib/server/seed/seed-demo-data';
import { submitChildcareRequest } from '../../../src/lib/server/requests/submit-request';
import { refreshObservatoryCounts } from '../../../src/lib/server/observatory/refresh-counts';
import { MARKED_FAMILIES } from '../helpers/observatory-markers';
import { weeklyNeed } from './weekly-need';

const dataDir = process.env.PGLITE_DATA_DIR;
if (!dataDir) throw new Error('PGLITE_DATA_DIR is not set');

const RENNES = '35238';
const DAY_MS = 86_400_000;

const handle = await connectDatabase({ dataDir });
try {
	const db = handle.db;
	await handle.migrate();
	await seedDemoData(db);
	const now = Date.now();
	for (const family of MARKED_FAMILIES) {
		const receivedAt = new Date(now - family.daysAgo * DAY_MS);
		await submitChildcareRequest(
			db,
			{
				contact: {
					parentNames: family.parentNames,
					email: family.email,
					phone: family.phone,
					appointmentMode: 'phone',
					contactTimes: family.contactTimes,
					homeLanguage: family.homeLanguage
				},
				residenceInsee: RENNES,
				workInsee: null,
				children: [{ birthDate: '2026-01-15', expectedBirthDate: null, needsSupport: true }],
				need: weeklyNeed({
					desiredStart: '2027-01-04',
					careKinds: ['childminder_home', 'micro_creche'],
					mondayStart: '06:30'
				}),
				comment: family.comment
			},
			{
				channel: 'online',
				// Fixed: a second run finds the same request instead of adding one.
				idempotencyKey: family.idempotencyKey,
				actor: { kind: 'family' },
				noticeVersion: '2026-01',
				now: receivedAt
			}
		);
	}
	await refreshObservatoryCounts(db);
} finally {
	await handle.close();
}
