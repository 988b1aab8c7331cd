import { createHash } from 'node:crypto';
import { demoCommunesOf } from './demo-communes';
import { asc, eq, inArray } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { childAgeBandAt } from '$lib/requests/age-band';
import { deriveAtypicalFlags } from '$lib/requests/atypical-hours';
import { addDays } from '$lib/time/calendar-date';
import { parisToUtc, todayInParis } from '$lib/time/paris';
import {
	appointments,
	auditLog,
	childcareRequests,
	receptionPlaces,
	requestChildren,
	requestEvents,
	requestOutcomes,
	staffUsers
} from '../db/schema';
import type { Db } from '../db/types';
import { hashToken } from '../auth/tokens';
import { retentionUntilOf, REQUEST_ENTITY } from '../requests/lifecycle/change-status';
import { erasedEventDetails, erasedTrackingHash } from '../requests/retention/anonymise-request';
import { drawDemoHistory, type DemoHistoryRequest } from './demo-history-draw';
import { demoOutcomeDetails } from './demo-request-outcomes';
import type { DemoArrival } from './demo-references';
import { bulkInsert } from './bulk-insert';

/**
 * Stores the demo's history (demo-history-draw.ts): about 1,000 closed requests with their
 * children, story, appointment held and outcome, in a few multi-row inserts. Those whose
 * retention date had passed at the anchor are stored as the daily purge leaves them
 * (requests/retention/anonymise-request.ts): personal fields emptied, birth dates and the
 * phone appointment's number erased, event details reduced to codes, a `personal_data_erased`
 * event and its audit entry, on the day after the retention date. Idempotent: each request's
 * key and id derive from its rank, and the ranks already stored are skipped whole.
 */

function stableUuid(seed: string): string {
	const bytes = createHash('sha1').update(seed).digest().subarray(0, 16);
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The idempotency key of the history request of that rank. */
export const demoHistoryKey = (rank: number) => stableUuid(`guichet-demo-history:${rank}`);
const demoHistoryId = (rank: number) => stableUuid(`guichet-demo-history-id:${rank}`);

/** The tracking token of the history request of that rank (for the ones not erased). */
export function demoHistoryTrackingToken(rank: number): string {
	const digest = createHash('sha256').update(`guichet-demo-history-tracking:${rank}`).digest();
	return encodeBase32LowerCaseNoPadding(new Uint8Array(digest.subarray(0, 20)));
}

interface PlannedRequest {
	id: string;
	key: string;
	relayId: string;
	residenceInsee: string;
	workInsee: string | null;
	request: DemoHistoryRequest;
}

export interface DemoHistoryPlan {
	missing: PlannedRequest[];
	animatorOf: Map<string, string>;
	placeOf: Map<string, string>;
}

/** The history's requests not stored yet, each with its relay. */
export async function planDemoHistory(tx: Db, anchor: Date): Promise<DemoHistoryPlan> {
	const demoCommunes = await demoCommunesOf(tx);
	const drawn = drawDemoHistory(
		anchor,
		demoCommunes.map((c) => ({ population: c.population ?? 0, relay: c.relayId ?? '' }))
	);
	const keys = drawn.map((r) => demoHistoryKey(r.rank));
	const existing = new Set<string>();
	for (let i = 0; i < keys.length; i += 1_000) {
		const found = await tx
			.select({ key: childcareRequests.idempotencyKey })
			.from(childcareRequests)
			.where(inArray(childcareRequests.idempotencyKey, keys.slice(i, i + 1_000)));
		for (const row of found) existing.add(row.key);
	}
	const missing = drawn.flatMap((request): PlannedRequest[] => {
		const key = demoHistoryKey(request.rank);
		const commune = demoCommunes[request.communeIndex];
		if (existing.has(key) || !commune?.relayId) return [];
		const work = request.workCommuneIndex === null ? null : demoCommunes[request.workCommuneIndex];
		return [
			{
				id: demoHistoryId(request.rank),
				key,
				relayId: commune.relayId,
				residenceInsee: commune.inseeCode,
				workInsee: work && work.inseeCode !== commune.inseeCode ? work.inseeCode : null,
				request
			}
		];
	});
	const animatorOf = new Map<string, string>();
	const placeOf = new Map<string, string>();
	if (missing.length > 0) {
		const animators = await tx
			.select({ id: staffUsers.id, relayId: staffUsers.relayId })
			.from(staffUsers)
			.where(eq(staffUsers.role, 'animator'))
			.orderBy(asc(staffUsers.email));
		for (const a of animators)
			if (a.relayId && !animatorOf.has(a.relayId)) animatorOf.set(a.relayId, a.id);
		const places = await tx
			.select({ id: receptionPlaces.id, relayId: receptionPlaces.relayId })
			.from(receptionPlaces)
			.orderBy(asc(receptionPlaces.name));
		for (const p of places) if (!placeOf.has(p.relayId)) placeOf.set(p.relayId, p.id);
	}
	return { missing, animatorOf, placeOf };
}

export const historyArrivals = (plan: DemoHistoryPlan): DemoArrival[] =>
	plan.missing.map((m) => ({ key: m.key, relayId: m.relayId, receivedAt: m.request.receivedAt }));

/** Inserts the planned history with the references allocated for it; returns how many. */
export async function insertDemoHistory(
	tx: Db,
	plan: DemoHistoryPlan,
	references: ReadonlyMap<string, string>,
	anchor: Date
): Promise<number> {
	const anchorDay = todayInParis(anchor);
	const requestRows: (typeof childcareRequests.$inferInsert)[] = [];
	const childRows: (typeof requestChildren.$inferInsert)[] = [];
	const eventRows: (typeof requestEvents.$inferInsert)[] = [];
	const appointmentRows: (typeof appointments.$inferInsert)[] = [];
	const outcomeRows: (typeof requestOutcomes.$inferInsert)[] = [];
	const auditRows: (typeof auditLog.$inferInsert)[] = [];

	for (const { id, key, relayId, residenceInsee, workInsee, request } of plan.missing) {
		const reference = references.get(key);
		const animatorId = plan.animatorOf.get(relayId);
		const placeId = plan.placeOf.get(relayId);
		if (!reference || !animatorId || !placeId)
			throw new Error(`demo history ${request.rank}: no reference, animator or place`);
		const retentionUntil = retentionUntilOf(request.closedAt);
		// The purge erases what is past its retention date, the night after (anonymise-request.ts).
		const erasedAt =
			retentionUntil < anchorDay ? parisToUtc(addDays(retentionUntil, 1), '03:00') : null;
		const flags = deriveAtypicalFlags(request.schedule);
		const lastEvent = request.events.at(-1)?.at ?? request.receivedAt;
		requestRows.push({
			id,
			relayId,
			reference,
			status: request.status,
			channel: request.channel,
			receivedAt: request.receivedAt,
			idempotencyKey: key,
			trackingTokenHash: erasedAt
				? erasedTrackingHash(id)
				: hashToken(demoHistoryTrackingToken(request.rank)),
			parentNames: erasedAt ? '' : request.parentNames,
			email: erasedAt ? null : request.email,
			phone: erasedAt ? null : request.phone,
			appointmentMode: request.appointmentMode,
			contactTimes: erasedAt ? '' : request.contactTimes,
			homeLanguage: erasedAt ? '' : request.homeLanguage,
			residenceInsee,
			workInsee,
			desiredStart: request.desiredStart,
			latestStart: request.latestStart,
			regularity: request.occasional ? 'occasional' : 'regular',
			weeklySchedule: request.schedule,
			variableHours: request.variableHours,
			atypicalEarly: flags.early,
			atypicalLate: flags.late,
			atypicalSaturday: flags.saturday,
			atypicalSunday: flags.sunday,
			atypicalNight: flags.night,
			periscolaire: request.periscolaire,
			careKinds: request.careKinds,
			comment: '',
			consentAt: request.receivedAt,
			noticeVersion: 'demo',
			assignedTo: animatorId,
			closedAt: request.closedAt,
			retentionUntil,
			closureReason: request.status === 'closed_by_relay' ? 'unreachable' : null,
			anonymisedAt: erasedAt,
			anonymisationCause: erasedAt ? 'retention' : null,
			updatedAt: erasedAt ?? lastEvent
		});
		request.children.forEach((child, index) =>
			childRows.push({
				requestId: id,
				position: index + 1,
				birthDate: erasedAt ? null : child.birthDate,
				expectedBirthDate: erasedAt ? null : child.expectedBirthDate,
				needsSupport: child.needsSupport,
				ageBand: childAgeBandAt(child, request.desiredStart)
			})
		);
		const outcome = request.outcome;
		const closingKind = outcome?.facts.found ? 'solution_recorded' : 'closed';
		for (const event of request.events) {
			const staff = event.staff || (event.kind === 'received' && request.channel !== 'online');
			const details =
				outcome && event.kind === closingKind && event.at === outcome.at
					? demoOutcomeDetails(outcome)
					: (event.details ?? (event.kind === 'received' ? { channel: request.channel } : {}));
			eventRows.push({
				requestId: id,
				kind: event.kind,
				at: event.at,
				actorKind: staff ? 'staff' : 'family',
				actorId: staff ? animatorId : null,
				visibleToFamily: event.visible ?? true,
				details: erasedAt ? erasedEventDetails(details) : details
			});
		}
		if (request.appointment) {
			const phone = request.appointment.kind === 'phone' ? (erasedAt ? '' : request.phone) : null;
			const booked = request.events.find((e) => e.kind === 'appointment_booked')?.at ?? null;
			appointmentRows.push({
				relayId,
				requestId: id,
				animatorId,
				kind: request.appointment.kind,
				placeId: request.appointment.kind === 'place' ? placeId : null,
				phone,
				startsAt: request.appointment.startsAt,
				endsAt: request.appointment.endsAt,
				status: 'attended',
				icalUid: `demo-history-${request.rank}@guichet`,
				bookedAt: booked,
				bookedByKind: 'staff',
				createdAt: booked ?? request.receivedAt,
				updatedAt: request.appointment.endsAt
			});
		}
		if (outcome) {
			const { facts } = outcome;
			outcomeRows.push({
				requestId: id,
				source: 'relay',
				recordedBy: animatorId,
				recordedAt: outcome.at,
				found: facts.found,
				careKind: facts.found ? facts.careKind : null,
				startDate: facts.found ? facts.startDate : null,
				fromRelayList: facts.found ? facts.fromRelayList : null,
				noSolutionReason: facts.found ? null : facts.reason
			});
		}
		if (erasedAt) {
			eventRows.push({
				requestId: id,
				kind: 'personal_data_erased',
				at: erasedAt,
				actorKind: 'system',
				actorId: null,
				visibleToFamily: false,
				details: { cause: 'retention' }
			});
			auditRows.push({
				actorKind: 'system',
				actorId: null,
				relayId,
				action: 'request.personal_data_erased',
				entityType: REQUEST_ENTITY,
				entityId: id,
				details: { cause: 'retention' },
				at: erasedAt
			});
		}
	}
	await bulkInsert(tx, childcareRequests, requestRows);
	await bulkInsert(tx, requestChildren, childRows);
	await bulkInsert(tx, requestEvents, eventRows);
	await bulkInsert(tx, appointments, appointmentRows);
	await bulkInsert(tx, requestOutcomes, outcomeRows);
	await bulkInsert(tx, auditLog, auditRows);
	return requestRows.length;
}
