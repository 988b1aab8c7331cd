// Run by playwright.config.ts before the server under test starts, after seed-coordinators:
// seeds the demo itself (idempotent; the server then finds it there and seeds nothing), and
// gives each family of helpers/follow-up-families.ts a request of the Rennes relay whose
// appointment was held 31 days ago. No page can hold an appointment in the past; the server's
// housekeeping, which runs at start, then mails them the 30-day follow-up.
import { and, eq } from 'drizzle-orm';
import { connectDatabase } from '../../../src/lib/server/db/connect';
import { appointments, relays, staffUsers } from '../../../src/lib/server/db/schema';
import { seedDemoData } from '../../../src/lib/server/seed/seed-demo-data';
import { submitChildcareRequest } from '../../../src/lib/server/requests/submit-request';
import { changeRequestStatus } from '../../../src/lib/server/requests/lifecycle/change-status';
import { followUpFamilies } from '../helpers/follow-up-families';
import { seedLanguageFamilies } from './seed-language-families';
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
	const [animator] = await db
		.select({ id: staffUsers.id, relayId: staffUsers.relayId })
		.from(staffUsers)
		.innerJoin(relays, eq(relays.id, staffUsers.relayId))
		.where(and(eq(relays.slug, 'rennes'), eq(staffUsers.role, 'animator')));
	if (!animator?.relayId) throw new Error('no animator in the Rennes demo relay');
	const relayId = animator.relayId;

	const now = Date.now();
	for (const [index, family] of followUpFamilies.entries()) {
		// 31 days ago, at 6 in the morning (Paris), a few minutes apart: no demo appointment then.
		const heldAt = new Date(now - 31 * DAY_MS);
		heldAt.setUTCHours(5, index * 5, 0, 0);
		const submitted = await submitChildcareRequest(
			db,
			{
				contact: {
					parentNames: `Famille Suivi ${index + 1}`,
					email: family.email,
					appointmentMode: 'relay',
					contactTimes: '',
					homeLanguage: ''
				},
				residenceInsee: RENNES,
				workInsee: null,
				children: [{ birthDate: '2026-01-15', expectedBirthDate: null, needsSupport: null }],
				need: weeklyNeed({
					desiredStart: '2027-01-04',
					careKinds: ['childminder_home', 'micro_creche']
				}),
				comment: ''
			},
			{
				channel: 'online',
				idempotencyKey: family.idempotencyKey,
				actor: { kind: 'family' },
				noticeVersion: '2026-01',
				now: new Date(heldAt.getTime() - 7 * DAY_MS)
			}
		);
		await db.transaction(async (tx) => {
			const actor = { kind: 'staff', userId: animator.id } as const;
			const at = new Date(heldAt.getTime() - 3 * DAY_MS);
			const taken = await changeRequestStatus(tx, {
				request: submitted.requestId,
				from: 'received',
				to: 'in_progress',
				actor,
				set: { assignedTo: animator.id },
				now: at
			});
			// A second run of the seed finds the request already moved: nothing more to do.
			if (!taken) return;
			await tx.insert(appointments).values({
				relayId,
				requestId: submitted.requestId,
				animatorId: animator.id,
				kind: 'phone',
				phone: '0600000000',
				startsAt: heldAt,
				endsAt: new Date(heldAt.getTime() + 4 * 60_000),
				status: 'attended',
				bookedAt: at,
				bookedByKind: 'staff',
				icalUid: `${submitted.requestId}-suivi@guichet`
			});
			for (const [from, to] of [
				['in_progress', 'appointment_booked'],
				['appointment_booked', 'appointment_held']
			] as const) {
				await changeRequestStatus(tx, {
					request: submitted.requestId,
					from,
					to,
					actor,
					now: heldAt
				});
			}
		});
	}
	// The language scan's requests (family-languages-text.spec.ts): on the same open database.
	await seedLanguageFamilies(db);
} finally {
	await handle.close();
}
