import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { fillAllSteps, makeCommune } from './request-fixtures';
import {
	auditLog,
	childcareRequests,
	mailOutbox,
	requestDrafts
} from '../../src/lib/server/db/schema';
import { createDraft, loadDraft } from '../../src/lib/server/requests/drafts';
import { submitStep } from '../../src/lib/server/requests/request-wizard';
import { sendDraftedRequest, stepContext } from '../../src/lib/server/requests/request-form-page';
import type { RequestStep } from '../../src/lib/forms/childcare-request';
import type { RawFields } from '../../src/lib/forms/parse-form';
import { addDays, addMonths } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';
import { familyMessagesOf } from '../../src/lib/i18n/family';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

/** What a person types at each step (dates relative to today, as the form checks them). */
function typedSteps(communeName: string, email: string): Record<RequestStep, RawFields> {
	const today = todayInParis();
	return {
		contact: { parentNames: 'Inès Morel', email, phone: '0612345678', appointmentMode: 'phone' },
		commune: { residence: communeName },
		children: {
			childCount: '1',
			child1_status: 'born',
			child1_date: addMonths(today, -10),
			child1_support: 'unsaid'
		},
		need: {
			desiredStart: addDays(today, 60),
			regularity: 'regular',
			tue_start: '06:30',
			tue_end: '18:00',
			careKinds: ['no_preference']
		},
		send: { comment: 'Merci', consent: 'on', intent: 'next' }
	};
}

const fillSteps = (draftId: string, steps: Record<RequestStep, RawFields>) =>
	fillAllSteps(t.db, draftId, steps, '10.20.9.1');

describe('the form, step by step', () => {
	it('keeps what was typed at an invalid step, and going back keeps it too', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id, 'Bourg-Test');
		const draftId = await createDraft(t.db, 'online');
		const draft = await loadDraft(t.db, draftId);
		if (!draft) throw new Error('no draft');
		const ctx = await stepContext(t.db, 'online', familyMessagesOf('fr'));
		const outcome = await submitStep(
			t.db,
			draft,
			'contact',
			{ parentNames: 'Inès', email: 'pas-une-adresse', appointmentMode: 'relay' },
			ctx,
			'10.20.9.2'
		);
		expect(outcome.kind).toBe('invalid');
		expect((await loadDraft(t.db, draftId))?.data.steps.contact).toMatchObject({
			email: 'pas-une-adresse'
		});
		const back = await submitStep(
			t.db,
			draft,
			'commune',
			{ residence: commune.name, intent: 'back' },
			ctx,
			'10.20.9.2'
		);
		expect(back).toEqual({ kind: 'go', step: 'contact' });
		expect((await loadDraft(t.db, draftId))?.data.steps.commune).toEqual({
			residence: commune.name
		});
	});

	it('an online request goes to the commune’s relay; the draft is deleted; sending again changes nothing', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id, 'Ville-en-Ligne');
		const draftId = await createDraft(t.db, 'online');
		await fillSteps(draftId, typedSteps(commune.name, 'ines@example.org'));
		const first = await sendDraftedRequest(t.db, draftId, { consent: 'on' }, '10.20.0.1', 'fr');
		expect(first).toMatchObject({ kind: 'sent', enteredByStaff: false });
		const again = await sendDraftedRequest(t.db, draftId, { consent: 'on' }, '10.20.0.1', 'fr');
		expect(again).toEqual(first);
		const stored = await t.db
			.select()
			.from(childcareRequests)
			.where(eq(childcareRequests.idempotencyKey, draftId));
		expect(stored.map((r) => [r.relayId, r.channel, r.atypicalEarly])).toEqual([
			[relay.id, 'online', true]
		]);
		expect(await t.db.$count(requestDrafts, eq(requestDrafts.id, draftId))).toBe(0);
	});

	it('a filled honeypot stores nothing', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id, 'Ville-Robot');
		const draftId = await createDraft(t.db, 'online');
		await fillSteps(draftId, typedSteps(commune.name, 'robot@example.org'));
		expect(
			await sendDraftedRequest(t.db, draftId, { website: 'http://spam.example' }, '10.20.0.2', 'fr')
		).toEqual({ kind: 'spam' });
		expect(
			await t.db.$count(childcareRequests, eq(childcareRequests.idempotencyKey, draftId))
		).toBe(0);
	});
});

describe('a request taken by phone', () => {
	it('is stored with channel phone, audited as the animator, and the family gets the confirmation', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id, 'Ville-Téléphone');
		const animator = await makeStaff(t.db, relay, 'animator');
		const draftId = await createDraft(t.db, 'phone', new Date(), {
			userId: animator.id,
			relayId: relay.id
		});
		await fillSteps(draftId, typedSteps(commune.name, 'famille.tel@example.org'));
		const sent = await sendDraftedRequest(t.db, draftId, { consent: 'on' }, '10.20.0.3', 'fr');
		expect(sent).toMatchObject({ kind: 'sent', enteredByStaff: true });
		const [stored] = await t.db
			.select()
			.from(childcareRequests)
			.where(eq(childcareRequests.idempotencyKey, draftId));
		expect(stored?.channel).toBe('phone');
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, stored?.id ?? ''));
		expect(audit.map((a) => [a.action, a.actorKind, a.actorId])).toEqual([
			['request.received', 'staff', animator.id]
		]);
		expect(await t.db.$count(mailOutbox, eq(mailOutbox.to, 'famille.tel@example.org'))).toBe(1);
	});

	it('without an email: stored, and no mail', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id, 'Ville-Guichet');
		const animator = await makeStaff(t.db, relay, 'animator');
		const draftId = await createDraft(t.db, 'desk', new Date(), {
			userId: animator.id,
			relayId: relay.id
		});
		const before = await t.db.$count(mailOutbox);
		await fillSteps(draftId, typedSteps(commune.name, ''));
		expect(
			await sendDraftedRequest(t.db, draftId, { consent: 'on' }, '10.20.0.4', 'fr')
		).toMatchObject({
			kind: 'sent'
		});
		expect(await t.db.$count(mailOutbox)).toBe(before);
	});
});
