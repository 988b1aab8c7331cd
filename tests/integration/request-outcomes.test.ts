import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseForm } from '../../src/lib/forms/parse-form';
import { requestOutcomes } from '../../src/lib/server/db/schema';
import { outcomeForm } from '../../src/lib/server/requests/outcomes/outcome-form';
import { recordOutcome } from '../../src/lib/server/requests/outcomes/record-outcome';
import { reopenRequest } from '../../src/lib/server/requests/outcomes/reopen-request';
import { requestOutcomesOf } from '../../src/lib/server/requests/outcomes/request-outcomes';
import type { OutcomeFacts } from '../../src/lib/server/requests/outcomes/write-outcome';
import type { RequestStatus } from '../../src/lib/childcare-request-options';
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
let other: Awaited<ReturnType<typeof makeQueueRelay>>;
beforeAll(async () => {
	t = await createTestDatabase();
	relay = await makeQueueRelay(t.db, 'Relais Issues');
	other = await makeQueueRelay(t.db, 'Relais Voisin');
});
afterAll(async () => t.close());

let minute = 0;
async function requestIn(status: RequestStatus) {
	const at = new Date(Date.UTC(2026, 10, 2, 8, minute++));
	const request = await receiveRequest(t.db, relay.commune.inseeCode, at);
	await forceStatus(t.db, request.id, status, relay.animator.id);
	return request;
}

const outcomesOf = (requestId: string) =>
	t.db
		.select()
		.from(requestOutcomes)
		.where(eq(requestOutcomes.requestId, requestId))
		.orderBy(asc(requestOutcomes.recordedAt));

/** Wednesday 2 December 2026, 11:00 in Paris. */
const now = new Date('2026-12-02T10:00:00Z');
const noPlace: OutcomeFacts = { found: false, reason: 'no_place_at_hours' };
const microCreche: OutcomeFacts = {
	found: true,
	careKind: 'micro_creche',
	startDate: '2027-01-04',
	fromRelayList: true
};

describe('recording an outcome', () => {
	it('closes the request, keeps it 24 months, writes one event, one audit entry of codes and the row', async () => {
		const request = await requestIn('appointment_held');
		const result = await recordOutcome(
			t.db,
			relay.animator,
			{ requestId: request.id, expectedFrom: 'appointment_held', facts: microCreche },
			now
		);
		expect(result).toEqual({ ok: true, reference: request.reference });

		const row = await requestRow(t.db, request.id);
		expect(row.status).toBe('solution_recorded');
		expect(row.closedAt).toEqual(now);
		expect(row.retentionUntil).toBe('2028-12-02');

		const closing = (await eventsOf(t.db, request.id)).filter(
			(event) => event.kind === 'solution_recorded'
		);
		expect(closing).toHaveLength(1);
		expect(closing[0]).toMatchObject({
			actorId: relay.animator.id,
			visibleToFamily: true,
			details: { careKind: 'micro_creche', source: 'relay' }
		});
		const audit = await auditEntriesOf(t.db, request.id, 'request.outcome_recorded');
		expect(audit).toHaveLength(1);
		// Codes only: no free text, no name.
		expect(audit[0]?.details).toEqual({
			from: 'appointment_held',
			to: 'solution_recorded',
			found: true,
			careKind: 'micro_creche',
			startDate: '2027-01-04',
			fromRelayList: true,
			source: 'relay'
		});

		expect(await outcomesOf(request.id)).toMatchObject([
			{
				source: 'relay',
				recordedBy: relay.animator.id,
				found: true,
				careKind: 'micro_creche',
				startDate: '2027-01-04',
				fromRelayList: true,
				noSolutionReason: null,
				reopenedAt: null
			}
		]);
	});

	it('closes without solution from « in progress », with the reason', async () => {
		const request = await requestIn('in_progress');
		const result = await recordOutcome(
			t.db,
			relay.colleague,
			{ requestId: request.id, expectedFrom: 'in_progress', facts: noPlace },
			now
		);
		expect(result.ok).toBe(true);
		expect((await requestRow(t.db, request.id)).status).toBe('closed_without_solution');
		const closed = (await eventsOf(t.db, request.id)).filter((event) => event.kind === 'closed');
		expect(closed[0]?.details).toMatchObject({
			found: false,
			noSolutionReason: 'no_place_at_hours'
		});
		const outcomes = await requestOutcomesOf(t.db, relay.animator, request.id);
		expect(outcomes.current).toMatchObject({
			source: 'relay',
			recordedByName: relay.colleague.name,
			found: false,
			noSolutionReason: 'no_place_at_hours'
		});
	});

	it('is refused without a kind or without a reason, in French, and nothing is written', async () => {
		const request = await requestIn('in_progress');
		const submit = (fields: Record<string, string>) => {
			const data = new FormData();
			for (const [name, value] of Object.entries(fields)) data.set(name, value);
			return parseForm(outcomeForm, data);
		};
		expect(submit({ from: 'in_progress', found: 'yes' })).toMatchObject({
			ok: false,
			errors: { careKind: 'Choisissez le mode d’accueil trouvé.' }
		});
		expect(submit({ from: 'in_progress', found: 'no' })).toMatchObject({
			ok: false,
			errors: { reason: 'Choisissez la raison.' }
		});
		expect((await requestRow(t.db, request.id)).status).toBe('in_progress');
		expect(await outcomesOf(request.id)).toHaveLength(0);
		expect(await auditEntriesOf(t.db, request.id, 'request.outcome_recorded')).toHaveLength(0);
	});

	it('is refused while an appointment is booked, when the status changed, and once closed', async () => {
		const booked = await requestIn('appointment_booked');
		await bookedAppointment(t.db, booked, { id: relay.animator.id, relayId: relay.relay.id }, 48);
		expect(
			await recordOutcome(t.db, relay.animator, {
				requestId: booked.id,
				expectedFrom: 'appointment_booked',
				facts: noPlace
			})
		).toEqual({ ok: false, refusal: 'appointment_booked', current: 'appointment_booked' });

		const moved = await requestIn('appointment_held');
		expect(
			await recordOutcome(t.db, relay.animator, {
				requestId: moved.id,
				expectedFrom: 'in_progress',
				facts: noPlace
			})
		).toEqual({ ok: false, refusal: 'stale', current: 'appointment_held' });

		const waiting = await requestIn('received');
		expect(
			await recordOutcome(t.db, relay.animator, {
				requestId: waiting.id,
				expectedFrom: 'received',
				facts: noPlace
			})
		).toEqual({ ok: false, refusal: 'not_open', current: 'received' });

		for (const request of [booked, moved, waiting]) {
			expect(await outcomesOf(request.id)).toHaveLength(0);
		}
	});

	it('does not find another relay’s request', async () => {
		const request = await requestIn('in_progress');
		expect(
			await recordOutcome(t.db, other.animator, {
				requestId: request.id,
				expectedFrom: 'in_progress',
				facts: noPlace
			})
		).toEqual({ ok: false, refusal: 'not_found' });
		await recordOutcome(
			t.db,
			relay.animator,
			{ requestId: request.id, expectedFrom: 'in_progress', facts: noPlace },
			now
		);
		expect(
			await reopenRequest(t.db, other.animator, {
				requestId: request.id,
				expectedFrom: 'closed_without_solution'
			})
		).toEqual({ ok: false, refusal: 'not_found' });
		expect(await requestOutcomesOf(t.db, other.animator, request.id)).toEqual({
			current: null,
			history: []
		});
		expect((await requestRow(t.db, request.id)).status).toBe('closed_without_solution');
	});
});

describe('reopening', () => {
	it('goes back to « in progress », keeps both outcomes in the history and clears the closing dates', async () => {
		const request = await requestIn('in_progress');
		await recordOutcome(
			t.db,
			relay.animator,
			{ requestId: request.id, expectedFrom: 'in_progress', facts: noPlace },
			now
		);
		const reopenedAt = new Date('2026-12-20T09:00:00Z');
		expect(
			await reopenRequest(
				t.db,
				relay.animator,
				{ requestId: request.id, expectedFrom: 'closed_without_solution' },
				reopenedAt
			)
		).toEqual({ ok: true, reference: request.reference });
		const reopened = await requestRow(t.db, request.id);
		expect(reopened).toMatchObject({
			status: 'in_progress',
			closedAt: null,
			retentionUntil: null
		});
		expect(await auditEntriesOf(t.db, request.id, 'request.reopened')).toHaveLength(1);
		expect((await eventsOf(t.db, request.id)).map((event) => event.kind)).toContain('reopened');

		const foundAt = new Date('2027-01-10T09:00:00Z');
		await recordOutcome(
			t.db,
			relay.animator,
			{ requestId: request.id, expectedFrom: 'in_progress', facts: microCreche },
			foundAt
		);
		const rows = await outcomesOf(request.id);
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({ noSolutionReason: 'no_place_at_hours', reopenedAt });
		expect(rows[1]).toMatchObject({ careKind: 'micro_creche', reopenedAt: null });
		expect((await requestRow(t.db, request.id)).retentionUntil).toBe('2029-01-10');

		const outcomes = await requestOutcomesOf(t.db, relay.animator, request.id);
		expect(outcomes.current?.careKind).toBe('micro_creche');
		expect(outcomes.history.map((outcome) => outcome.reopenedAt)).toEqual([null, reopenedAt]);
	});

	it('is refused for an open request and for one closed by the relay', async () => {
		const open = await requestIn('in_progress');
		expect(
			await reopenRequest(t.db, relay.animator, { requestId: open.id, expectedFrom: 'in_progress' })
		).toEqual({ ok: false, refusal: 'not_reopenable', current: 'in_progress' });
		const closed = await requestIn('closed_by_relay');
		expect(
			await reopenRequest(t.db, relay.animator, {
				requestId: closed.id,
				expectedFrom: 'closed_by_relay'
			})
		).toEqual({ ok: false, refusal: 'not_reopenable', current: 'closed_by_relay' });
	});
});

describe('two animators recording at once', () => {
	it('write exactly one outcome and one status change; the other is told it changed', async () => {
		const request = await requestIn('appointment_held');
		const results = await runTogether(t, 'childcare_requests', [
			() =>
				recordOutcome(t.db, relay.animator, {
					requestId: request.id,
					expectedFrom: 'appointment_held',
					facts: microCreche
				}),
			() =>
				recordOutcome(t.db, relay.colleague, {
					requestId: request.id,
					expectedFrom: 'appointment_held',
					facts: noPlace
				})
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toMatchObject([{ ok: false, refusal: 'stale' }]);
		expect(await outcomesOf(request.id)).toHaveLength(1);
		expect(await auditEntriesOf(t.db, request.id, 'request.outcome_recorded')).toHaveLength(1);
		const closings = (await eventsOf(t.db, request.id)).filter(
			(event) => event.kind === 'solution_recorded' || event.kind === 'closed'
		);
		expect(closings).toHaveLength(1);
	});
});
