import { childAgeBandAt } from '$lib/requests/age-band';
import { demoCommunesOf } from './demo-communes';
import { retentionUntilOf } from '../requests/lifecycle/change-status';
import { createHash, randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { deriveAtypicalFlags } from '$lib/requests/atypical-hours';
import { hashToken } from '../auth/tokens';
import { childcareRequests, requestChildren, requestEvents, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import { bulkInsert } from './bulk-insert';
import { allocateDemoReferences, type DemoArrival } from './demo-references';
import { drawDemoRequests } from './demo-requests-draw';
import { demoOutcomeDetails, drawDemoOutcome, seedDemoOutcomes } from './demo-request-outcomes';

/**
 * About 150 fictional requests over the 18 months before a fixed date, so that every demo
 * database holds the same ones (same references, same tracking links) whatever the day it
 * is seeded, from the communes the demo relays serve in proportion to their population. A seeded PRNG draws the variety: expected births, siblings, atypical hours, a
 * few children needing particular support, every channel, statuses that fit each request's
 * age. Idempotent: each request's key derives from its rank, and keys already there are
 * skipped. No mail is queued and no audit entry written: nobody did anything.
 */
export const DEMO_REQUESTS_ANCHOR = new Date('2026-11-20T08:00:00Z');
export const DEMO_REQUEST_COUNT = 150;

/** The private tracking token of the demo request of that rank (0 = oldest): for demos and tests. */
export function demoTrackingToken(rank: number): string {
	const digest = createHash('sha256').update(`guichet-demo-tracking:${rank}`).digest();
	return encodeBase32LowerCaseNoPadding(new Uint8Array(digest.subarray(0, 20)));
}

/** A stable UUID (version 5 layout) for the demo request of that rank: its idempotency key. */
export function demoRequestKey(rank: number): string {
	const bytes = createHash('sha1').update(`guichet-demo-request:${rank}`).digest().subarray(0, 16);
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Inserts the demo requests that are not there yet, numbered together with `alongside` (the
 * history's requests about to be inserted: demo-history.ts) in their order of arrival; returns
 * how many it inserted and the references of all of them.
 */
export async function seedDemoRequests(
	tx: Db,
	anchor: Date,
	alongside: readonly DemoArrival[] = []
): Promise<{ inserted: number; references: Map<string, string> }> {
	const demoCommunes = await demoCommunesOf(tx);
	if (demoCommunes.length === 0) throw new Error('seedDemoRequests: the demo territory is missing');
	const animators = await tx
		.select({ id: staffUsers.id, relayId: staffUsers.relayId })
		.from(staffUsers)
		.where(eq(staffUsers.role, 'animator'))
		.orderBy(asc(staffUsers.email));
	const animatorOf = new Map<string, string>();
	for (const a of animators)
		if (a.relayId && !animatorOf.has(a.relayId)) animatorOf.set(a.relayId, a.id);

	// Drawn in full every time, so the sequence (and each request) never depends on what
	// is already stored; then oldest first, so that references follow the arrival order.
	const drawn = drawDemoRequests(
		anchor,
		DEMO_REQUEST_COUNT,
		demoCommunes.map((c) => c.population ?? 0)
	);
	const keys = drawn.map((_, rank) => demoRequestKey(rank));
	const existing = new Set(
		(
			await tx
				.select({ key: childcareRequests.idempotencyKey })
				.from(childcareRequests)
				.where(inArray(childcareRequests.idempotencyKey, keys))
		).map((row) => row.key)
	);

	const outcomes = drawn.flatMap((demo, rank) => {
		const outcome = drawDemoOutcome(rank, demo.status, demo.events, demo.desiredStart);
		const key = keys[rank];
		return outcome && key ? [{ rank, key, outcome }] : [];
	});
	const outcomeOf = new Map(outcomes.map((o) => [o.rank, o.outcome]));

	const arrivals = drawn.flatMap((demo, rank) => {
		const key = keys[rank];
		const relayId = demoCommunes[demo.communeIndex]?.relayId;
		return key && relayId && !existing.has(key)
			? [{ key, relayId, receivedAt: demo.receivedAt }]
			: [];
	});
	const references = await allocateDemoReferences(tx, [...arrivals, ...alongside]);

	// Built here, stored below in three statements (bulk-insert.ts): the first start waits less.
	const requestRows: (typeof childcareRequests.$inferInsert)[] = [];
	const childRows: (typeof requestChildren.$inferInsert)[] = [];
	const eventRows: (typeof requestEvents.$inferInsert)[] = [];
	for (const [rank, demo] of drawn.entries()) {
		const key = keys[rank];
		const commune = demoCommunes[demo.communeIndex];
		if (!key || !commune?.relayId || existing.has(key)) continue;
		const relayId = commune.relayId;
		const animatorId = animatorOf.get(relayId) ?? null;
		const work = demo.workCommuneIndex === null ? null : demoCommunes[demo.workCommuneIndex];
		const flags = deriveAtypicalFlags(demo.schedule);
		const closing = demo.events.find(
			(e) => e.kind === 'closed' || e.kind === 'cancelled_by_family'
		);
		const reference = references.get(key);
		if (!reference) throw new Error(`demo request ${rank} has no reference`);
		const request = { id: randomUUID() };
		requestRows.push({
			id: request.id,
			relayId,
			reference,
			status: demo.status,
			channel: demo.channel,
			receivedAt: demo.receivedAt,
			idempotencyKey: key,
			trackingTokenHash: hashToken(demoTrackingToken(rank)),
			parentNames: demo.parentNames,
			email: demo.email,
			phone: demo.phone,
			appointmentMode: demo.appointmentMode,
			contactTimes: demo.contactTimes,
			homeLanguage: demo.homeLanguage,
			residenceInsee: commune.inseeCode,
			workInsee: work && work.inseeCode !== commune.inseeCode ? work.inseeCode : null,
			desiredStart: demo.desiredStart,
			latestStart: demo.latestStart,
			regularity: demo.occasional ? 'occasional' : 'regular',
			weeklySchedule: demo.schedule,
			variableHours: demo.variableHours,
			atypicalEarly: flags.early,
			atypicalLate: flags.late,
			atypicalSaturday: flags.saturday,
			atypicalSunday: flags.sunday,
			atypicalNight: flags.night,
			periscolaire: demo.periscolaire,
			careKinds: demo.careKinds,
			comment: demo.comment,
			consentAt: demo.receivedAt,
			noticeVersion: 'demo',
			assignedTo: demo.status === 'received' ? null : animatorId,
			closedAt: closing?.at ?? null,
			retentionUntil: closing ? retentionUntilOf(closing.at) : null,
			closureReason: demo.status === 'closed_by_relay' ? 'unreachable' : null,
			updatedAt: demo.events.at(-1)?.at ?? demo.receivedAt
		});
		childRows.push(
			...demo.children.map((child, index) => ({
				requestId: request.id,
				position: index + 1,
				...child,
				ageBand: childAgeBandAt(child, demo.desiredStart)
			}))
		);
		const outcome = outcomeOf.get(rank);
		// The event that closed it carries the outcome's codes, as writeOutcome writes them.
		const closingKind = outcome?.facts.found ? 'solution_recorded' : 'closed';
		eventRows.push(
			...demo.events.map((event) => {
				// Received by phone or at the desk: typed by the animator.
				const staff = event.staff || (event.kind === 'received' && demo.channel !== 'online');
				return {
					requestId: request.id,
					kind: event.kind,
					at: event.at,
					actorKind: staff
						? animatorId
							? ('staff' as const)
							: ('system' as const)
						: ('family' as const),
					actorId: staff ? animatorId : null,
					visibleToFamily: event.visible ?? true,
					details:
						outcome && event.kind === closingKind && event.at === outcome.at
							? demoOutcomeDetails(outcome)
							: (event.details ?? (event.kind === 'received' ? { channel: demo.channel } : {}))
				};
			})
		);
	}
	await bulkInsert(tx, childcareRequests, requestRows);
	await bulkInsert(tx, requestChildren, childRows);
	await bulkInsert(tx, requestEvents, eventRows);
	await seedDemoOutcomes(tx, outcomes, animatorOf);
	return { inserted: requestRows.length, references };
}
