import { randomInt, randomUUID } from 'node:crypto';
import { communes } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { expect } from 'vitest';
import {
	requestSteps,
	type ChildcareRequestInput,
	type RequestStep
} from '../../src/lib/forms/childcare-request';
import type { RawFields } from '../../src/lib/forms/parse-form';
import { loadDraft } from '../../src/lib/server/requests/drafts';
import { stepContext } from '../../src/lib/server/requests/request-form-page';
import { submitStep } from '../../src/lib/server/requests/request-wizard';
import type { WeeklySchedule } from '../../src/lib/childcare-request-options';
import {
	submitChildcareRequest,
	type SubmitMeta
} from '../../src/lib/server/requests/submit-request';
import { familyMessagesOf } from '../../src/lib/i18n/family';
import { addDays, addMonths } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';

let nextCommune = randomInt(0, 5_000);

/** A commune served by `relayId` (none: not served), with an INSEE code of the test range. */
export async function makeCommune(db: Database, relayId: string | null, name = 'Commune Test') {
	const inseeCode = `9${String(nextCommune++ % 10_000).padStart(4, '0')}`;
	const [commune] = await db
		.insert(communes)
		.values({
			inseeCode,
			name,
			postalCodes: ['99000'],
			departement: '99',
			relayId,
			latitude: 48.1,
			longitude: -1.7
		})
		.returning();
	if (!commune) throw new Error('commune not created');
	return commune;
}

export const weekdaysSchedule = (start = '08:30', end = '17:30'): WeeklySchedule => ({
	mon: { start, end },
	tue: { start, end },
	wed: null,
	thu: { start, end },
	fri: { start, end },
	sat: null,
	sun: null
});

/** A valid request, as the form's schemas produce it once every step passed. */
export function requestInput(
	residenceInsee: string,
	overrides: {
		contact?: Partial<ChildcareRequestInput['contact']>;
		need?: Partial<ChildcareRequestInput['need']>;
		children?: ChildcareRequestInput['children'];
		workInsee?: string | null;
		comment?: string;
	} = {}
): ChildcareRequestInput {
	return {
		contact: {
			parentNames: 'Camille Durand',
			email: 'camille.durand@exemple.test',
			phone: '0639980001',
			appointmentMode: 'relay',
			contactTimes: 'le soir après 18 h',
			homeLanguage: '',
			...overrides.contact
		},
		residenceInsee,
		workInsee: overrides.workInsee ?? null,
		children: overrides.children ?? [
			{ birthDate: '2026-05-10', expectedBirthDate: null, needsSupport: null }
		],
		need: {
			desiredStart: '2027-03-01',
			latestStart: null,
			regularity: 'regular',
			variableHours: false,
			weeklySchedule: weekdaysSchedule(),
			periscolaire: [],
			careKinds: ['childminder_home', 'creche'],
			...overrides.need
		},
		comment: overrides.comment ?? ''
	};
}

export const onlineMeta = (overrides: Partial<SubmitMeta> = {}): SubmitMeta => ({
	channel: 'online',
	idempotencyKey: randomUUID(),
	actor: { kind: 'family' },
	noticeVersion: '2026-01',
	...overrides
});

/** Submits a valid online request in that commune; returns what the family got. */
export async function submitRequest(
	db: Database,
	residenceInsee: string,
	input: Parameters<typeof requestInput>[1] = {},
	meta: Partial<SubmitMeta> = {}
) {
	const result = await submitChildcareRequest(
		db,
		requestInput(residenceInsee, input),
		onlineMeta(meta)
	);
	if (!result.trackingToken) throw new Error('the request was not created');
	return { ...result, trackingToken: result.trackingToken };
}

/**
 * Fills every step of a draft the way the form posts them, from `address`; each step must go
 * on to the next (the label of a failed expectation names the step).
 */
export async function fillAllSteps(
	db: Database,
	draftId: string,
	steps: Record<RequestStep, RawFields>,
	address: string
) {
	for (const step of requestSteps) {
		const draft = await loadDraft(db, draftId);
		if (!draft) throw new Error('draft vanished');
		const context = await stepContext(db, draft.data.channel, familyMessagesOf('fr'));
		const outcome = await submitStep(db, draft, step, steps[step], context, address);
		expect(outcome.kind, step).toBe('go');
	}
}

/**
 * What a person types at each step of the form for one child born eight months ago and a
 * regular Monday from three months on, dates relative to today as the form checks them; a
 * test overrides the contact (who calls, by phone or in writing).
 */
export function typedRequestSteps(
	communeName: string,
	contact: RawFields
): Record<RequestStep, RawFields> {
	const today = todayInParis();
	return {
		contact,
		commune: { residence: communeName },
		children: {
			childCount: '1',
			child1_status: 'born',
			child1_date: addMonths(today, -8),
			child1_support: 'no'
		},
		need: {
			desiredStart: addDays(today, 90),
			regularity: 'regular',
			mon_start: '08:30',
			mon_end: '17:30',
			careKinds: ['no_preference']
		},
		send: { comment: '', consent: 'on', intent: 'next' }
	};
}
