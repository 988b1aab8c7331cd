import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { fillAllSteps, makeCommune } from './request-fixtures';
import { makeRelay } from './fixtures';
import { childcareRequests } from '../../src/lib/server/db/schema';
import { createDraft, loadDraft } from '../../src/lib/server/requests/drafts';
import { submitStep } from '../../src/lib/server/requests/request-wizard';
import { sendDraftedRequest, stepContext } from '../../src/lib/server/requests/request-form-page';
import type { RequestStep } from '../../src/lib/forms/childcare-request';
import type { RawFields } from '../../src/lib/forms/parse-form';
import { familyMessagesOf } from '../../src/lib/i18n/family';
import type { Locale } from '../../src/lib/i18n/locales';
import { m } from '../../src/lib/i18n';
import { parseForm } from '../../src/lib/forms/parse-form';
import { placeActiveSchema } from '../../src/lib/forms/availability';
import { addDays, addMonths } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';

/**
 * The language of the page a request is sent from follows the request (its mails, invitations
 * and tracking pages read it), and a family reads the form's errors in its page's language.
 */
let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

function typedSteps(communeName: string, email: string): Record<RequestStep, RawFields> {
	const today = todayInParis();
	return {
		contact: {
			parentNames: 'Amina Belkacem',
			email,
			phone: '0612345678',
			appointmentMode: 'relay'
		},
		commune: { residence: communeName },
		children: {
			childCount: '1',
			child1_status: 'born',
			child1_date: addMonths(today, -6),
			child1_support: 'unsaid'
		},
		need: {
			desiredStart: addDays(today, 45),
			regularity: 'regular',
			wed_start: '08:00',
			wed_end: '16:00',
			careKinds: ['creche']
		},
		send: { comment: '', consent: 'on', intent: 'next' }
	};
}

async function sendIn(locale: Locale, address: string) {
	const relay = await makeRelay(t.db);
	const commune = await makeCommune(t.db, relay.id, `Ville-${locale}`);
	const draftId = await createDraft(t.db, 'online');
	await fillAllSteps(t.db, draftId, typedSteps(commune.name, `${locale}@example.org`), address);
	const sent = await sendDraftedRequest(t.db, draftId, { consent: 'on' }, address, locale);
	expect(sent).toMatchObject({ kind: 'sent' });
	const [stored] = await t.db
		.select({ locale: childcareRequests.locale })
		.from(childcareRequests)
		.where(eq(childcareRequests.idempotencyKey, draftId));
	return stored?.locale;
}

async function newDraft() {
	const draft = await loadDraft(t.db, await createDraft(t.db, 'online'));
	if (!draft) throw new Error('no draft');
	return draft;
}

describe('the language of a request', () => {
	it('is Arabic for a request sent from the Arabic form', async () => {
		expect(await sendIn('ar', '10.40.0.1')).toBe('ar');
	});

	it('is French for a request sent from the French form', async () => {
		expect(await sendIn('fr', '10.40.0.2')).toBe('fr');
	});

	it('is English for a request sent from the English form', async () => {
		expect(await sendIn('en', '10.40.0.3')).toBe('en');
	});
});

describe('the form’s errors', () => {
	it('come back in English on the English form, its own messages and zod’s alike', async () => {
		const en = familyMessagesOf('en');
		const ctx = await stepContext(t.db, 'online', en);
		const contact = await submitStep(
			t.db,
			await newDraft(),
			'contact',
			{ parentNames: 'Amina', email: 'amina@', appointmentMode: 'phone' },
			ctx,
			'10.40.0.4'
		);
		expect(contact).toEqual({
			kind: 'invalid',
			errors: {
				email: en.request.errors.emailInvalid,
				phone: en.request.errors.phoneRequiredForPhoneMode
			},
			choices: undefined
		});
		// A hidden field someone changed: zod's own message, in the page's language too.
		const commune = await submitStep(
			t.db,
			await newDraft(),
			'commune',
			{ residence: 'Bruz', residenceInsee: '35047<script>' },
			ctx,
			'10.40.0.4'
		);
		expect(commune).toMatchObject({
			kind: 'invalid',
			errors: { residenceInsee: en.validation.invalid }
		});
		expect(en.validation.invalid).not.toBe(m.validation.invalid);
	});

	it('come back in Arabic on the Arabic form, and staff forms still answer in French', async () => {
		const ar = familyMessagesOf('ar');
		const ctx = await stepContext(t.db, 'online', ar);
		const children = await submitStep(
			t.db,
			await newDraft(),
			'children',
			{ childCount: '1', child1_status: 'born', child1_date: addDays(todayInParis(), 10) },
			ctx,
			'10.40.0.5'
		);
		expect(children).toMatchObject({
			kind: 'invalid',
			errors: { child1_date: ar.request.errors.birthDateInFuture }
		});
		// A family's language never leaks into zod's global configuration.
		const staff = new FormData();
		staff.append('placeId', '0b6f1c1e-8d3a-4f4e-9a6e-2f1d3c4b5a69');
		staff.append('active', 'peut-être');
		expect(parseForm(placeActiveSchema, staff)).toMatchObject({
			ok: false,
			errors: { active: m.validation.choice }
		});
	});
});
