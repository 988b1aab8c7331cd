// Called by seed-follow-ups.ts, before the server under test starts: the requests of
// helpers/language-families.ts, through the domain's own paths (submission, status changes);
// only the appointment rows are inserted as is (no page books one ten days ahead at six in the
// morning, nor holds one in the past), and the tracking token is set to a known one.
import { and, eq } from 'drizzle-orm';
import { hashToken } from '../../../src/lib/server/auth/tokens';
import type { Db } from '../../../src/lib/server/db/types';
import {
	appointments,
	childcareRequests,
	relays,
	staffUsers
} from '../../../src/lib/server/db/schema';
import { submitChildcareRequest } from '../../../src/lib/server/requests/submit-request';
import { changeRequestStatus } from '../../../src/lib/server/requests/lifecycle/change-status';
import { weeklyNeed } from './weekly-need';
import {
	languageFamilies,
	languageFamilyToken,
	type LanguageFamily
} from '../helpers/language-families';

const BRUZ = '35047';
const DAY_MS = 86_400_000;

export async function seedLanguageFamilies(db: Db): Promise<void> {
	const [animator] = await db
		.select({ id: staffUsers.id, relayId: staffUsers.relayId })
		.from(staffUsers)
		.innerJoin(relays, eq(relays.id, staffUsers.relayId))
		.where(and(eq(relays.slug, 'vilaine-ouest'), eq(staffUsers.role, 'animator')));
	if (!animator?.relayId) throw new Error('no animator in the Vilaine Ouest demo relay');
	const now = Date.now();
	// Six in the morning (Paris): no demo availability then, so no other booking meets them.
	const booked = new Date(now + 10 * DAY_MS);
	booked.setUTCHours(5, 0, 0, 0);
	const held = new Date(now - 31 * DAY_MS);
	held.setUTCHours(5, 0, 0, 0);
	for (const [index, family] of languageFamilies.entries()) {
		// A few minutes apart: one animator never holds two appointments at once.
		const at = new Date((family.kind === 'booked' ? booked : held).getTime() + index * 40 * 60_000);
		await seedOne(db, animator.id, animator.relayId, family, at);
	}
}

async function seedOne(
	db: Db,
	animatorId: string,
	relayId: string,
	family: LanguageFamily,
	startsAt: Date
): Promise<void> {
	const attended = family.kind === 'followUp';
	const submitted = await submitChildcareRequest(
		db,
		{
			contact: {
				parentNames: `Famille Langues ${family.kind} ${family.locale}`,
				email: family.email,
				appointmentMode: 'relay',
				contactTimes: '',
				homeLanguage: ''
			},
			residenceInsee: BRUZ,
			workInsee: null,
			children: [{ birthDate: '2026-01-15', expectedBirthDate: null, needsSupport: null }],
			need: weeklyNeed({ desiredStart: '2027-09-06', careKinds: ['childminder_home', 'creche'] }),
			comment: ''
		},
		{
			channel: 'online',
			idempotencyKey: family.idempotencyKey,
			locale: family.locale,
			actor: { kind: 'family' },
			noticeVersion: '2026-01',
			now: new Date(Math.min(startsAt.getTime(), Date.now()) - 7 * DAY_MS)
		}
	);
	await db.transaction(async (tx) => {
		const actor = { kind: 'staff', userId: animatorId } as const;
		const at = new Date(Math.min(startsAt.getTime(), Date.now()) - 3 * DAY_MS);
		const taken = await changeRequestStatus(tx, {
			request: submitted.requestId,
			from: 'received',
			to: 'in_progress',
			actor,
			set: { assignedTo: animatorId },
			now: at
		});
		// A second run of the seed finds the request already moved: nothing more to do.
		if (!taken) return;
		await tx
			.update(childcareRequests)
			.set({ trackingTokenHash: hashToken(languageFamilyToken(family)) })
			.where(eq(childcareRequests.id, submitted.requestId));
		await tx.insert(appointments).values({
			relayId,
			requestId: submitted.requestId,
			animatorId,
			kind: 'phone',
			phone: '0600000000',
			startsAt,
			endsAt: new Date(startsAt.getTime() + 30 * 60_000),
			status: attended ? 'attended' : 'booked',
			bookedAt: at,
			bookedByKind: 'staff',
			icalUid: `${submitted.requestId}-langues@guichet`
		});
		await changeRequestStatus(tx, {
			request: submitted.requestId,
			from: 'in_progress',
			to: 'appointment_booked',
			actor,
			now: at
		});
		if (attended) {
			await changeRequestStatus(tx, {
				request: submitted.requestId,
				from: 'appointment_booked',
				to: 'appointment_held',
				actor,
				now: startsAt
			});
		}
	});
}
