import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestStatuses, type RequestStatus } from '../../src/lib/childcare-request-options';
import { logContact } from '../../src/lib/server/queue/contact-log';
import {
	canTransition,
	isOutcomeStatus,
	isReopenEdge,
	isTakeEdge
} from '../../src/lib/server/requests/lifecycle/state-machine';
import {
	transitionRequest,
	type TransitionDetails
} from '../../src/lib/server/queue/transition-request';
import { UNREACHABLE_MIN_ATTEMPTS } from '../../src/lib/queue/rules';
import { takeRequest } from '../../src/lib/server/queue/take-next';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runTogether } from './run-together';
import {
	auditEntriesOf,
	bookedAppointment,
	eventsOf,
	forceStatus,
	makeQueueRelay,
	receiveRequest,
	requestRow
} from './queue-fixtures';

let t: TestDatabase;
let relay: Awaited<ReturnType<typeof makeQueueRelay>>;
beforeAll(async () => {
	t = await createTestDatabase();
	relay = await makeQueueRelay(t.db);
});
afterAll(async () => t.close());

let minute = 0;
const nextArrival = () => new Date(Date.UTC(2026, 10, 1, 8, minute++));

/** A request of the relay in `status`, assigned to the animator unless it is waiting. */
async function requestIn(status: RequestStatus) {
	const request = await receiveRequest(t.db, relay.commune.inseeCode, nextArrival());
	await forceStatus(t.db, request.id, status, relay.animator.id);
	return request;
}

/** Valid details for the target: closing by the relay needs a reason. */
const detailsFor = (to: RequestStatus): TransitionDetails =>
	to === 'closed_by_relay' ? { reason: 'out_of_territory' } : {};

const pairs = requestStatuses.flatMap((from) => requestStatuses.map((to) => ({ from, to })));
const forbidden = pairs.filter(({ from, to }) => !canTransition(from, to));
/** Edges of other pages: an outcome and its reopening (requests/outcomes), a cancellation. */
const elsewhere = pairs.filter(
	({ from, to }) =>
		canTransition(from, to) &&
		(isOutcomeStatus(to) ||
			isReopenEdge(from, to) ||
			(from === 'appointment_booked' && to === 'in_progress'))
);
const allowed = pairs.filter(
	({ from, to }) =>
		canTransition(from, to) &&
		!isTakeEdge(from, to) &&
		!elsewhere.some((e) => e.from === from && e.to === to)
);

describe('the state machine', () => {
	it('has the edges of the issue, and the take edge', () => {
		expect(allowed.length + forbidden.length + elsewhere.length + 1).toBe(64);
		expect(canTransition('received', 'in_progress')).toBe(true);
		expect(canTransition('in_progress', 'appointment_booked')).toBe(true);
		expect(canTransition('appointment_booked', 'appointment_held')).toBe(true);
		expect(canTransition('appointment_held', 'solution_recorded')).toBe(true);
		expect(canTransition('appointment_held', 'closed_without_solution')).toBe(true);
		expect(canTransition('received', 'appointment_booked')).toBe(false);
		// An outcome once the request is worked on, not while an appointment is booked.
		expect(canTransition('in_progress', 'solution_recorded')).toBe(true);
		expect(canTransition('appointment_booked', 'solution_recorded')).toBe(false);
		// A cancelled appointment: back to "in progress", to be booked again.
		expect(canTransition('appointment_booked', 'in_progress')).toBe(true);
		for (const closed of ['cancelled_by_family', 'closed_by_relay'] as const) {
			for (const to of requestStatuses) expect(canTransition(closed, to)).toBe(false);
		}
		// An outcome is reopened (the family is still looking), to nothing else.
		for (const outcome of ['solution_recorded', 'closed_without_solution'] as const) {
			for (const to of requestStatuses)
				expect(canTransition(outcome, to)).toBe(to === 'in_progress');
		}
		for (const open of [
			'received',
			'in_progress',
			'appointment_booked',
			'appointment_held'
		] as const) {
			expect(canTransition(open, 'closed_by_relay')).toBe(true);
			expect(canTransition(open, 'cancelled_by_family')).toBe(true);
		}
	});

	it.each(forbidden)('refuses $from → $to and changes nothing', async ({ from, to }) => {
		const request = await requestIn(from);
		const before = await requestRow(t.db, request.id);
		const auditBefore = (await auditEntriesOf(t.db, request.id)).length;
		const eventsBefore = (await eventsOf(t.db, request.id)).length;

		const result = await transitionRequest(t.db, relay.animator, request.id, to, detailsFor(to));

		expect(result).toEqual({ ok: false, refusal: 'forbidden', current: from });
		expect(await requestRow(t.db, request.id)).toEqual(before);
		expect(await auditEntriesOf(t.db, request.id)).toHaveLength(auditBefore);
		expect(await eventsOf(t.db, request.id)).toHaveLength(eventsBefore);
	});

	it.each(allowed)(
		'allows $from → $to with exactly one audit entry and one event',
		async ({ from, to }) => {
			const request = await requestIn(from);
			// Held: only once its appointment has begun.
			if (to === 'appointment_held') await bookedAppointment(t.db, request, relay.animator, -1);
			const auditBefore = (await auditEntriesOf(t.db, request.id)).length;
			const eventsBefore = (await eventsOf(t.db, request.id)).length;

			const result = await transitionRequest(t.db, relay.animator, request.id, to, detailsFor(to));

			expect(result).toMatchObject({ ok: true, request: { from, to } });
			const row = await requestRow(t.db, request.id);
			expect(row.status).toBe(to);
			const audit = await auditEntriesOf(t.db, request.id);
			expect(audit).toHaveLength(auditBefore + 1);
			expect(audit.at(-1)).toMatchObject({
				action: 'request.status_changed',
				actorId: relay.animator.id,
				relayId: relay.relay.id,
				details: { from, to }
			});
			expect(await eventsOf(t.db, request.id)).toHaveLength(eventsBefore + 1);
			expect(row.closedAt !== null).toBe(
				[
					'solution_recorded',
					'closed_without_solution',
					'cancelled_by_family',
					'closed_by_relay'
				].includes(to)
			);
		}
	);

	it.each(elsewhere)(
		'leaves $from → $to to its own page and changes nothing',
		async ({ from, to }) => {
			const request = await requestIn(from);
			const before = await requestRow(t.db, request.id);
			const result = await transitionRequest(t.db, relay.animator, request.id, to);
			expect(result).toEqual({
				ok: false,
				refusal: from === 'appointment_booked' ? 'forbidden' : 'outcome_required',
				current: from
			});
			expect(await requestRow(t.db, request.id)).toEqual(before);
		}
	);

	it('takes received → in progress only by taking the request (the turn rule), with one audit entry', async () => {
		const request = await requestIn('received');
		const direct = await transitionRequest(t.db, relay.animator, request.id, 'in_progress');
		expect(direct).toEqual({ ok: false, refusal: 'take_required', current: 'received' });
		expect(await auditEntriesOf(t.db, request.id)).toHaveLength(1); // request.received

		const taken = await takeRequest(
			t.db,
			relay.animator,
			request.id,
			'test : toutes les demandes plus anciennes sont à d’autres'
		);
		expect(taken.ok).toBe(true);
		expect((await requestRow(t.db, request.id)).status).toBe('in_progress');
		expect(await auditEntriesOf(t.db, request.id)).toHaveLength(2);
	});

	it('refuses "appointment held" before the appointment has begun (37 hours ahead), or with none', async () => {
		const request = await requestIn('appointment_booked');
		const before = await requestRow(t.db, request.id);
		const auditBefore = (await auditEntriesOf(t.db, request.id)).length;
		const refused = { ok: false, refusal: 'not_started', current: 'appointment_booked' };
		expect(await transitionRequest(t.db, relay.animator, request.id, 'appointment_held')).toEqual(
			refused
		);
		await bookedAppointment(t.db, request, relay.animator, 37);
		expect(await transitionRequest(t.db, relay.animator, request.id, 'appointment_held')).toEqual(
			refused
		);
		expect(await requestRow(t.db, request.id)).toEqual(before);
		expect(await auditEntriesOf(t.db, request.id)).toHaveLength(auditBefore);
	});

	it('refuses a change when the status is no longer the one the person saw', async () => {
		const request = await requestIn('appointment_booked');
		const result = await transitionRequest(t.db, relay.animator, request.id, 'appointment_held', {
			expectedFrom: 'in_progress'
		});
		expect(result).toEqual({ ok: false, refusal: 'stale', current: 'appointment_booked' });
		expect((await requestRow(t.db, request.id)).status).toBe('appointment_booked');
	});

	it('of two animators closing the same request at once, one wins; one audit entry', async () => {
		const request = await requestIn('appointment_held');
		const results = await runTogether(t, 'childcare_requests', [
			() =>
				transitionRequest(t.db, relay.animator, request.id, 'closed_by_relay', {
					reason: 'out_of_territory'
				}),
			() =>
				transitionRequest(t.db, relay.colleague, request.id, 'closed_by_relay', {
					reason: 'out_of_territory'
				})
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		const loser = results.find((result) => !result.ok);
		expect(loser && !loser.ok && ['stale', 'forbidden'].includes(loser.refusal)).toBe(true);
		expect(await auditEntriesOf(t.db, request.id, 'request.status_changed')).toHaveLength(1);
	});
});

describe('closing by the relay', () => {
	it('needs a reason, a comment for "other", and a kept request for "duplicate"', async () => {
		const request = await requestIn('in_progress');
		const close = (details: TransitionDetails) =>
			transitionRequest(t.db, relay.animator, request.id, 'closed_by_relay', details);
		expect(await close({})).toMatchObject({ ok: false, refusal: 'reason_required' });
		expect(await close({ reason: 'other', comment: '  ' })).toMatchObject({
			ok: false,
			refusal: 'comment_required'
		});
		expect(await close({ reason: 'duplicate' })).toMatchObject({
			ok: false,
			refusal: 'duplicate_required'
		});
		expect(await close({ reason: 'duplicate', duplicateOf: request.reference })).toMatchObject({
			ok: false,
			refusal: 'duplicate_not_found'
		});
		const stranger = await makeQueueRelay(t.db, 'Relais Tiers');
		const theirs = await receiveRequest(t.db, stranger.commune.inseeCode, nextArrival());
		expect(await close({ reason: 'duplicate', duplicateOf: theirs.reference })).toMatchObject({
			ok: false,
			refusal: 'duplicate_not_found'
		});
		expect((await requestRow(t.db, request.id)).status).toBe('in_progress');
		expect(await auditEntriesOf(t.db, request.id, 'request.status_changed')).toHaveLength(0);

		const kept = await requestIn('in_progress');
		expect(
			await close({ reason: 'duplicate', duplicateOf: kept.reference.toLowerCase() })
		).toMatchObject({ ok: true });
		const [audit] = await auditEntriesOf(t.db, request.id, 'request.status_changed');
		expect(audit?.details).toEqual({
			from: 'in_progress',
			to: 'closed_by_relay',
			reason: 'duplicate',
			duplicateOf: kept.reference
		});
	});

	it(`as unreachable only after ${UNREACHABLE_MIN_ATTEMPTS} unanswered attempts`, async () => {
		const request = await requestIn('in_progress');
		const close = () =>
			transitionRequest(t.db, relay.animator, request.id, 'closed_by_relay', {
				reason: 'unreachable'
			});
		await logContact(t.db, relay.animator, request.id, { channel: 'call', outcome: 'not_reached' });
		await logContact(t.db, relay.animator, request.id, { channel: 'call', outcome: 'reached' });
		await logContact(t.db, relay.animator, request.id, {
			channel: 'message',
			outcome: 'message_left'
		});
		expect(await close()).toMatchObject({ ok: false, refusal: 'too_few_attempts' });
		await logContact(t.db, relay.animator, request.id, {
			channel: 'call',
			outcome: 'wrong_number'
		});
		expect(await close()).toMatchObject({ ok: true });
	});

	it('keeps the comment in the request’s story, not in the audit log', async () => {
		const request = await requestIn('received');
		const comment = 'La famille a déménagé à Lyon';
		expect(
			await transitionRequest(t.db, relay.animator, request.id, 'closed_by_relay', {
				reason: 'other',
				comment
			})
		).toMatchObject({ ok: true });
		const events = await eventsOf(t.db, request.id);
		expect(events.at(-1)).toMatchObject({
			kind: 'closed',
			visibleToFamily: true,
			details: { reason: 'other', comment }
		});
		const audit = await auditEntriesOf(t.db, request.id, 'request.status_changed');
		expect(JSON.stringify(audit)).not.toContain('Lyon');
	});

	it('is refused for another relay’s request, which stays as it was', async () => {
		const stranger = await makeQueueRelay(t.db, 'Relais Quatre');
		const theirs = await receiveRequest(t.db, stranger.commune.inseeCode, nextArrival());
		const before = await requestRow(t.db, theirs.id);
		expect(
			await transitionRequest(t.db, relay.animator, theirs.id, 'closed_by_relay', {
				reason: 'out_of_territory'
			})
		).toEqual({ ok: false, refusal: 'not_found' });
		expect(await requestRow(t.db, theirs.id)).toEqual(before);
	});
});
