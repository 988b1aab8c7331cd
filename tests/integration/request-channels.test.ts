import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { fillAllSteps, makeCommune, typedRequestSteps } from './request-fixtures';
import { makeQueueRelay, receiveRequest } from './queue-fixtures';
import { childcareRequests, requestEvents } from '../../src/lib/server/db/schema';
import { createDraft, loadDraft } from '../../src/lib/server/requests/drafts';
import { submitStep } from '../../src/lib/server/requests/request-wizard';
import { sendDraftedRequest, stepContext } from '../../src/lib/server/requests/request-form-page';
import { listQueue } from '../../src/lib/server/queue/queue-listing';
import type { RequestStep } from '../../src/lib/forms/childcare-request';
import type { RawFields } from '../../src/lib/forms/parse-form';
import { addDays } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';
import { familyMessagesOf } from '../../src/lib/i18n/family';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const typedSteps = (communeName: string) =>
	typedRequestSteps(communeName, {
		parentNames: 'Yasmine Haddad',
		email: 'yasmine.haddad@example.org',
		phone: '0612345678',
		appointmentMode: 'relay'
	});

const fillSteps = (draftId: string, steps: Record<RequestStep, RawFields>) =>
	fillAllSteps(t.db, draftId, steps, '10.21.0.1');

describe('a request forwarded by monenfant.fr', () => {
	it('arrives on the day the family made it there: its queue place and its 7-day target count from it', async () => {
		const { relay, commune, animator } = await makeQueueRelay(t.db, 'Relais Monenfant');
		const now = new Date();
		const today = todayInParis(now);
		// A family's online request, sent two days ago.
		const online = await receiveRequest(
			t.db,
			commune.inseeCode,
			new Date(now.getTime() - 2 * 86_400_000)
		);
		// Entered today; the family made it on monenfant.fr five days ago.
		const arrivedOn = addDays(today, -5);
		const draftId = await createDraft(
			t.db,
			'monenfant',
			now,
			{ userId: animator.id, relayId: relay.id },
			arrivedOn
		);
		await fillSteps(draftId, typedSteps(commune.name));
		const sent = await sendDraftedRequest(t.db, draftId, { consent: 'on' }, '10.21.0.2', 'fr');
		expect(sent).toMatchObject({ kind: 'sent', enteredByStaff: true });

		const [stored] = await t.db
			.select()
			.from(childcareRequests)
			.where(eq(childcareRequests.idempotencyKey, draftId));
		expect(stored?.channel).toBe('monenfant');
		expect(stored && todayInParis(stored.receivedAt)).toBe(arrivedOn);
		const [received] = await t.db
			.select()
			.from(requestEvents)
			.where(
				and(eq(requestEvents.requestId, stored?.id ?? ''), eq(requestEvents.kind, 'received'))
			);
		expect(received?.at).toEqual(stored?.receivedAt);

		const page = await listQueue(t.db, animator, {}, null, now);
		expect(page.rows.map((row) => row.reference)).toEqual([stored?.reference, online.reference]);
		const [first] = page.rows;
		expect(first?.channel).toBe('monenfant');
		expect(first && todayInParis(first.deadline)).toBe(addDays(arrivedOn, 7));
		expect(first?.countdown).toMatchObject({ state: 'remaining', days: 2 });
	});

	it('a draft started for another channel carries no arrival date', async () => {
		const { relay, animator } = await makeQueueRelay(t.db, 'Relais Guichet');
		const draftId = await createDraft(
			t.db,
			'phone',
			new Date(),
			{ userId: animator.id, relayId: relay.id },
			'2026-01-01'
		);
		expect((await loadDraft(t.db, draftId))?.data).toMatchObject({
			channel: 'phone',
			arrivedOn: null
		});
	});
});

describe('the commune step, on the communes the portal knows', () => {
	it('suggests close names for a typo, says "not served" only for a real commune outside', async () => {
		const { relay } = await makeQueueRelay(t.db, 'Relais Communes');
		const served = await makeCommune(t.db, relay.id, 'Mordelles-sur-Essai');
		await makeCommune(t.db, null, 'Hors-Territoire-Essai');
		const draftId = await createDraft(t.db, 'online');
		const step = async (fields: RawFields) => {
			const draft = await loadDraft(t.db, draftId);
			if (!draft) throw new Error('draft vanished');
			return submitStep(
				t.db,
				draft,
				'commune',
				fields,
				await stepContext(t.db, 'online', familyMessagesOf('fr')),
				'10.21.0.3'
			);
		};

		const typo = await step({ residence: 'Mordeles sur Essai' });
		expect(typo).toMatchObject({
			kind: 'invalid',
			errors: { residence: expect.stringMatching(/^Nous ne trouvons pas cette commune/) },
			choices: {
				field: 'residence',
				kind: 'suggestions',
				candidates: [{ inseeCode: served.inseeCode, name: served.name, postalCodes: ['99000'] }]
			}
		});
		// Picked among the suggestions (a radio button, no script needed): the step is done.
		expect(
			await step({ residence: 'Mordeles sur Essai', residenceInsee: served.inseeCode })
		).toEqual({
			kind: 'go',
			step: 'children'
		});

		const outside = await step({ residence: 'hors territoire essai' });
		expect(outside).toMatchObject({
			kind: 'invalid',
			errors: { residence: expect.stringMatching(/ne s’occupent pas de cette commune/) }
		});
		expect(outside.kind === 'invalid' && outside.choices).toBeUndefined();
	});
});
