import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import {
	auditEntriesOf,
	eventsOf,
	forceStatus,
	makeQueueRelay,
	paris,
	requestRow
} from './queue-fixtures';
import {
	answerTokenIn,
	followUpMailsOf,
	heldRequest,
	pastAppointment,
	withoutEmail
} from './follow-up-fixtures';
import {
	childcareRequests,
	requestFollowUps,
	requestOutcomes
} from '../../src/lib/server/db/schema';
import { sendFollowUps } from '../../src/lib/server/requests/follow-ups/send-follow-ups';
import { answerFollowUp } from '../../src/lib/server/requests/follow-ups/answer-follow-up';
import { loadFollowUpQuestion } from '../../src/lib/server/requests/follow-ups/family-follow-up';
import { writeOutcome } from '../../src/lib/server/requests/outcomes/write-outcome';
import { runHousekeeping } from '../../src/lib/server/housekeeping';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

/** The first appointment held: Monday 2 March 2026, 10:00 in Paris (winter time). */
const HELD = paris('2026-03-02T10:00', '+01:00');
const day29 = paris('2026-03-31T12:00', '+02:00');
/** Day 30 just after midnight, summer time: fewer than 30 × 24 hours after a late appointment. */
const day30 = paris('2026-04-01T00:30', '+02:00');
const day30Evening = paris('2026-04-01T18:00', '+02:00');
const day31 = paris('2026-04-02T09:00', '+02:00');
const day90 = paris('2026-05-31T08:00', '+02:00');
const day91 = paris('2026-06-01T08:00', '+02:00');

type Seeded = Awaited<ReturnType<typeof seed>>;

async function seed() {
	const { relay, commune, animator } = await makeQueueRelay(t.db, 'Relais Suivi');
	const place = { inseeCode: commune.inseeCode, animator };
	const held = (at = HELD, status?: Parameters<typeof heldRequest>[3]) =>
		heldRequest(t.db, place, at, status);

	const eligible = await held();
	const reopenedLater = await held(HELD, 'in_progress');
	// Held late in the evening of 2 March: 30 Paris days before 1 April, not 30 × 24 hours.
	const lateEvening = await held(paris('2026-03-02T23:30', '+01:00'));
	// Its first appointment held counts, not the second one three weeks later.
	const twoAppointments = await held();
	await pastAppointment(
		t.db,
		twoAppointments.id,
		animator,
		paris('2026-03-23T10:00', '+01:00'),
		'attended'
	);
	// A missed appointment is not held: this one was held on 20 March.
	const missedFirst = await held(paris('2026-03-20T10:00', '+01:00'));
	await pastAppointment(
		t.db,
		missedFirst.id,
		animator,
		paris('2026-03-02T09:00', '+01:00'),
		'no_show'
	);

	const cancelled = await held(HELD, 'cancelled_by_family');
	const closedByRelay = await held(HELD, 'closed_by_relay');
	const anonymised = await held();
	await t.db
		.update(childcareRequests)
		.set({ anonymisedAt: day29, anonymisationCause: 'family' })
		.where(eq(childcareRequests.id, anonymised.id));
	const withOutcome = await held();
	await t.db.transaction((tx) =>
		writeOutcome(tx, {
			requestId: withOutcome.id,
			from: 'appointment_held',
			facts: { found: true, careKind: 'creche', startDate: null, fromRelayList: true },
			author: { source: 'relay', staffId: animator.id },
			now: day29
		})
	);
	const noEmail = await held();
	await withoutEmail(t.db, noEmail.id);
	// A new appointment booked before day 30: not asked then; held again by day 90.
	const bookedAgain = await held(HELD, 'appointment_booked');

	return {
		relay,
		animator,
		eligible,
		reopenedLater,
		lateEvening,
		twoAppointments,
		missedFirst,
		cancelled,
		closedByRelay,
		anonymised,
		withOutcome,
		noEmail,
		bookedAgain
	};
}

async function mailCounts(s: Seeded) {
	const { relay: _relay, animator: _animator, ...requests } = s;
	const counts: Record<string, number> = {};
	for (const [name, request] of Object.entries(requests)) {
		counts[name] = (await followUpMailsOf(t.db, request.id)).length;
	}
	return counts;
}

const stagesOf = async (requestId: string) =>
	(
		await t.db
			.select({ stage: requestFollowUps.stage })
			.from(requestFollowUps)
			.where(eq(requestFollowUps.requestId, requestId))
	)
		.map((row) => row.stage)
		.sort();

describe('follow-ups at 30 and 90 days', () => {
	let s: Seeded;
	beforeAll(async () => {
		s = await seed();
	});

	const none = {
		eligible: 0,
		reopenedLater: 0,
		lateEvening: 0,
		twoAppointments: 0,
		missedFirst: 0,
		cancelled: 0,
		closedByRelay: 0,
		anonymised: 0,
		withOutcome: 0,
		noEmail: 0,
		bookedAgain: 0
	};

	it('sends nothing on day 29', async () => {
		expect(await sendFollowUps(t.db, day29)).toEqual({ sent: 0, failed: 0 });
		expect(await mailCounts(s)).toEqual(none);
	});

	it('on day 30 (Paris), one mail to each open request held 30 days ago with an email, none to the others', async () => {
		expect((await sendFollowUps(t.db, day30)).sent).toBe(4);
		expect(await mailCounts(s)).toEqual({
			...none,
			eligible: 1,
			reopenedLater: 1,
			lateEvening: 1,
			twoAppointments: 1
		});
		const [mail] = await followUpMailsOf(t.db, s.eligible.id);
		expect(mail?.subject).toBe('Avez-vous trouvé un mode d’accueil ?');
		for (const answer of ['found', 'still_looking', 'no_longer_needed']) {
			expect(mail?.text).toContain(`/nouvelles?reponse=${answer}`);
		}
		const events = await eventsOf(t.db, s.eligible.id);
		expect(events.filter((e) => e.kind === 'follow_up_sent')).toMatchObject([
			{ visibleToFamily: true, actorKind: 'system', details: { stage: 30 } }
		]);
		expect(await auditEntriesOf(t.db, s.eligible.id, 'request.follow_up_sent')).toMatchObject([
			{ actorKind: 'system', details: { stage: 30 } }
		]);
	});

	it('sends none twice: run again on day 30 and on day 31, the counts stay', async () => {
		const before = await mailCounts(s);
		await sendFollowUps(t.db, day30Evening);
		await runHousekeeping(t.db, day31);
		expect(await mailCounts(s)).toEqual(before);
	});

	it('on day 90, the second mail; a request due for both at once gets only the 90-day one', async () => {
		await forceStatus(t.db, s.bookedAgain.id, 'appointment_held', s.animator.id);
		await sendFollowUps(t.db, day90);
		await sendFollowUps(t.db, day91);
		expect(await mailCounts(s)).toEqual({
			...none,
			eligible: 2,
			reopenedLater: 2,
			lateEvening: 2,
			twoAppointments: 2,
			// Held on 20 March: its 30 days came on 19 April, its 90 days are yet to come.
			missedFirst: 1,
			bookedAgain: 1
		});
		expect(await stagesOf(s.bookedAgain.id)).toEqual([90]);
		expect(await stagesOf(s.missedFirst.id)).toEqual([30]);
	});
});

describe('the family answers', () => {
	let s: Seeded;
	/** Answers come from the token of the link in the last follow-up mail. */
	const tokenOf = async (requestId: string) => {
		const mails = await followUpMailsOf(t.db, requestId);
		const last = mails.at(-1);
		if (!last) throw new Error('no follow-up mail');
		return answerTokenIn(last.text);
	};
	const now = paris('2026-04-03T10:00', '+02:00');

	beforeAll(async () => {
		s = await seed();
		await sendFollowUps(t.db, day30);
	});

	it('"found: micro-crèche" records an outcome with source family and closes the request', async () => {
		const token = await tokenOf(s.eligible.id);
		expect((await loadFollowUpQuestion(t.db, token))?.pendingStage).toBe(30);
		expect(
			await answerFollowUp(t.db, token, { answer: 'found', careKind: 'micro_creche' }, now)
		).toEqual({ ok: true, stage: 30 });

		expect((await requestRow(t.db, s.eligible.id)).status).toBe('solution_recorded');
		expect(
			await t.db.select().from(requestOutcomes).where(eq(requestOutcomes.requestId, s.eligible.id))
		).toMatchObject([
			{
				source: 'family',
				followUpStage: 30,
				found: true,
				careKind: 'micro_creche',
				recordedBy: null
			}
		]);
		const question = await loadFollowUpQuestion(t.db, token);
		expect(question?.pendingStage).toBeNull();
		expect(question?.lastAnswer).toMatchObject({ stage: 30, answer: 'found' });
	});

	it('"still looking" keeps the request open, with an event and an audit entry of codes', async () => {
		const token = await tokenOf(s.twoAppointments.id);
		expect(await answerFollowUp(t.db, token, { answer: 'still_looking' }, now)).toEqual({
			ok: true,
			stage: 30
		});
		expect((await requestRow(t.db, s.twoAppointments.id)).status).toBe('appointment_held');
		const [followUp] = await t.db
			.select()
			.from(requestFollowUps)
			.where(
				and(eq(requestFollowUps.requestId, s.twoAppointments.id), eq(requestFollowUps.stage, 30))
			);
		expect(followUp).toMatchObject({ answer: 'still_looking', answeredAt: now });
		expect(
			(await eventsOf(t.db, s.twoAppointments.id)).filter((e) => e.kind === 'follow_up_answered')
		).toMatchObject([
			{
				actorKind: 'family',
				visibleToFamily: true,
				details: { stage: 30, answer: 'still_looking' }
			}
		]);
		expect(
			await auditEntriesOf(t.db, s.twoAppointments.id, 'request.follow_up_answered')
		).toMatchObject([{ actorKind: 'family', details: { stage: 30, answer: 'still_looking' } }]);
		expect(
			await t.db.$count(requestOutcomes, eq(requestOutcomes.requestId, s.twoAppointments.id))
		).toBe(0);
	});

	it('a second answer to the same stage is refused, and changes nothing', async () => {
		const token = await tokenOf(s.twoAppointments.id);
		expect(await answerFollowUp(t.db, token, { answer: 'no_longer_needed' }, now)).toEqual({
			ok: false,
			reason: 'already_answered'
		});
		expect((await requestRow(t.db, s.twoAppointments.id)).status).toBe('appointment_held');
		expect(
			await t.db.$count(requestOutcomes, eq(requestOutcomes.requestId, s.twoAppointments.id))
		).toBe(0);
	});

	it('"no longer needed" closes the request without a solution', async () => {
		const token = await tokenOf(s.lateEvening.id);
		expect((await answerFollowUp(t.db, token, { answer: 'no_longer_needed' }, now)).ok).toBe(true);
		expect((await requestRow(t.db, s.lateEvening.id)).status).toBe('closed_without_solution');
		expect(
			await t.db
				.select()
				.from(requestOutcomes)
				.where(eq(requestOutcomes.requestId, s.lateEvening.id))
		).toMatchObject([{ source: 'family', found: false, noSolutionReason: 'no_longer_needed' }]);
	});

	it('a request with a new appointment booked cannot take an outcome: refused, nothing written', async () => {
		const token = await tokenOf(s.reopenedLater.id);
		await forceStatus(t.db, s.reopenedLater.id, 'appointment_booked', s.animator.id);
		expect(await answerFollowUp(t.db, token, { answer: 'found', careKind: 'mam' }, now)).toEqual({
			ok: false,
			reason: 'not_now'
		});
		expect(await stagesOf(s.reopenedLater.id)).toEqual([30]);
		const [followUp] = await t.db
			.select()
			.from(requestFollowUps)
			.where(eq(requestFollowUps.requestId, s.reopenedLater.id));
		expect(followUp?.answer).toBeNull();
		expect((await requestRow(t.db, s.reopenedLater.id)).status).toBe('appointment_booked');
	});

	it('an unknown token, or an anonymised request, is not found', async () => {
		expect(await answerFollowUp(t.db, 'no-such-token', { answer: 'still_looking' }, now)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		// Its data erased (the purge keeps the row): the link opens nothing any more.
		const token = await tokenOf(s.twoAppointments.id);
		expect(await loadFollowUpQuestion(t.db, token)).not.toBeNull();
		await t.db
			.update(childcareRequests)
			.set({ anonymisedAt: now, anonymisationCause: 'family' })
			.where(eq(childcareRequests.id, s.twoAppointments.id));
		expect(await loadFollowUpQuestion(t.db, token)).toBeNull();
		expect(await answerFollowUp(t.db, token, { answer: 'no_longer_needed' }, now)).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});
});
