import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { fillAllSteps, typedRequestSteps } from './request-fixtures';
import { makeQueueRelay } from './queue-fixtures';
import { childcareRequests } from '../../src/lib/server/db/schema';
import { createDraft, loadDraft } from '../../src/lib/server/requests/drafts';
import { sendDraftedRequest } from '../../src/lib/server/requests/request-form-page';
import { loadRequestFile } from '../../src/lib/server/queue/request-file';

/**
 * A family that calls the relay may read little French: the animator notes its language when
 * entering its request, and the request keeps it (its mails and tracking pages speak it) while
 * the animator fills the form in French. The request page shows it to the team.
 */
let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const typedSteps = (communeName: string, parentNames: string) =>
	typedRequestSteps(communeName, { parentNames, phone: '0612345678', appointmentMode: 'phone' });

async function enterByPhone(locale: 'fr' | 'en' | 'ar' | null, parentNames: string) {
	const { relay, commune, animator } = await makeQueueRelay(t.db, `Relais ${parentNames}`);
	const enteredBy = { userId: animator.id, relayId: relay.id };
	const draftId = await createDraft(t.db, 'phone', new Date(), enteredBy, null, locale);
	await fillAllSteps(t.db, draftId, typedSteps(commune.name, parentNames), '10.31.0.1');
	// The animator fills the form in French: the family's language is the one noted.
	const sent = await sendDraftedRequest(t.db, draftId, { consent: 'on' }, '10.31.0.1', 'fr');
	expect(sent).toMatchObject({ kind: 'sent', enteredByStaff: true });
	const [stored] = await t.db
		.select()
		.from(childcareRequests)
		.where(eq(childcareRequests.idempotencyKey, draftId));
	if (!stored) throw new Error('the request was not stored');
	return { stored, animator };
}

describe('the language of a request entered by the relay', () => {
	it('is the one the animator noted: Arabic is stored and shown on the request page', async () => {
		const { stored, animator } = await enterByPhone('ar', 'Famille Arabe');
		expect(stored.locale).toBe('ar');

		const file = await loadRequestFile(t.db, animator, stored.reference);
		expect(file?.locale).toBe('ar');
	});

	it('is French when the animator says nothing', async () => {
		const { stored } = await enterByPhone(null, 'Famille Sans Langue');
		expect(stored.locale).toBe('fr');
	});

	it('is kept by the draft only for a request the relay enters', async () => {
		const { relay, animator } = await makeQueueRelay(t.db, 'Relais Brouillons');
		const byPhone = await createDraft(
			t.db,
			'phone',
			new Date(),
			{ userId: animator.id, relayId: relay.id },
			null,
			'en'
		);
		expect((await loadDraft(t.db, byPhone))?.data.locale).toBe('en');
		// A family's own draft takes the language of the page it is sent from, not a stored one.
		const online = await createDraft(t.db, 'online', new Date(), null, null, 'en');
		expect((await loadDraft(t.db, online))?.data.locale).toBeNull();
	});
});
