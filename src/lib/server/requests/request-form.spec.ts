import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assembleRequest, validateStep, type StepContext } from './request-form';
import { requestSteps, type RequestStep } from '$lib/forms/childcare-request';
import type { RawFields } from '$lib/forms/parse-form';
import type { Commune } from '../db/schema';
import { m } from '$lib/i18n';
import { familyMessagesOf } from '$lib/i18n/family';

const e = m.request.errors;
/** The columns the request form does not read. */
const referential = {
	departement: '35',
	epciCode: null,
	population: null,
	missingFromReferentialSince: null,
	centroidEditedAt: null
};
const served: Commune[] = [
	{
		...referential,
		inseeCode: '35047',
		name: 'Bruz',
		postalCodes: ['35170'],
		relayId: 'r1',
		latitude: 48,
		longitude: -1.7
	},
	{
		...referential,
		inseeCode: '35278',
		name: 'Saint-Grégoire',
		postalCodes: ['35760'],
		relayId: 'r2',
		latitude: 48,
		longitude: -1.6
	},
	{
		...referential,
		inseeCode: '35189',
		name: 'Montgermont',
		postalCodes: ['35760'],
		relayId: 'r2',
		latitude: 48,
		longitude: -1.7
	},
	{
		...referential,
		inseeCode: '35196',
		name: 'Mordelles',
		postalCodes: ['35310'],
		relayId: 'r1',
		latitude: 48,
		longitude: -1.8
	},
	// Known, outside the territory: not served.
	{
		...referential,
		inseeCode: '35238',
		name: 'Rennes',
		postalCodes: ['35000', '35200', '35700'],
		relayId: null,
		latitude: 48.1,
		longitude: -1.7
	}
];
const ctx: StepContext = {
	today: '2026-11-23',
	channel: 'online',
	communes: served,
	t: familyMessagesOf('fr')
};

const valid: Record<RequestStep, RawFields> = {
	contact: {
		parentNames: 'Awa Diop',
		email: 'awa@example.org',
		phone: '06 12 34 56 78',
		appointmentMode: 'phone',
		contactTimes: '',
		homeLanguage: 'wolof'
	},
	commune: { residence: 'Bruz', work: '' },
	children: {
		childCount: '2',
		child1_status: 'born',
		child1_date: '2025-06-01',
		child1_support: 'no',
		child2_status: 'expected',
		child2_date: '2027-02-10'
	},
	need: {
		desiredStart: '2027-01-04',
		latestStart: '2027-02-01',
		regularity: 'regular',
		mon_start: '08:00',
		mon_end: '18:00',
		careKinds: ['childminder_home', 'creche']
	},
	send: { comment: 'Merci', consent: 'on' }
};

const C = 'contact',
	W = 'commune',
	K = 'children',
	N = 'need',
	S = 'send';
/** [why, step, fields changed, field expected in error, French message] */
const invalidInputs: [string, RequestStep, RawFields, string, string][] = [
	['no name', C, { parentNames: '' }, 'parentNames', e.parentNamesRequired],
	['a one-letter name', C, { parentNames: 'A' }, 'parentNames', e.parentNamesRequired],
	[
		'a 201-character name',
		C,
		{ parentNames: 'x'.repeat(201) },
		'parentNames',
		e.parentNamesTooLong
	],
	['no email online', C, { email: '' }, 'email', e.emailRequired],
	['a malformed email', C, { email: 'awa@' }, 'email', e.emailInvalid],
	['an email without @', C, { email: 'awa.example.org' }, 'email', e.emailInvalid],
	['an email with spaces', C, { email: 'awa diop@example.org' }, 'email', e.emailInvalid],
	['missing phone for a phone appointment', C, { phone: '' }, 'phone', e.phoneRequiredForPhoneMode],
	['a phone too short', C, { phone: '06 12 34' }, 'phone', e.phoneInvalid],
	['a phone with letters', C, { phone: '06 AB 34 56 78' }, 'phone', e.phoneInvalid],
	[
		'a French number that does not exist',
		C,
		{ phone: '01 00 00 00 00 00' },
		'phone',
		e.phoneInvalid
	],
	['a foreign number without its code', C, { phone: '020 7946 0958' }, 'phone', e.phoneInvalid],
	['no appointment mode', C, { appointmentMode: '' }, 'appointmentMode', e.modeRequired],
	[
		'an unknown appointment mode',
		C,
		{ appointmentMode: 'visio' },
		'appointmentMode',
		e.modeRequired
	],
	['contact times too long', C, { contactTimes: 'x'.repeat(201) }, 'contactTimes', e.tooLong(200)],
	['no commune', W, { residence: '' }, 'residence', e.communeRequired],
	['a commune outside the territory', W, { residence: 'Rennes' }, 'residence', e.communeNotServed],
	['its postal code', W, { residence: '35200' }, 'residence', e.communeNotServed],
	['a postal code nobody has', W, { residence: '75011' }, 'residence', e.communeUnknown],
	['a misspelt commune', W, { residence: 'Mordel' }, 'residence', e.communeUnknownSuggestions],
	['a name close to none', W, { residence: 'Atlantis' }, 'residence', e.communeUnknown],
	[
		'a shared postal code with no choice',
		W,
		{ residence: '35760' },
		'residenceInsee',
		e.communeAmbiguous
	],
	['an unknown work commune', W, { work: 'Atlantis' }, 'work', e.workCommuneUnknown],
	['no child', K, { childCount: '0' }, 'childCount', e.childrenRequired],
	['five children', K, { childCount: '5' }, 'childCount', e.childrenTooMany],
	['a child without status', K, { child1_status: '' }, 'child1_status', e.childStatusRequired],
	['a child without date', K, { child1_date: '' }, 'child1_date', e.dateRequired],
	['an impossible date', K, { child1_date: '2025-02-30' }, 'child1_date', e.dateInvalid],
	[
		'a birth date in the future',
		K,
		{ child1_date: '2026-12-01' },
		'child1_date',
		e.birthDateInFuture
	],
	['a child of 12', K, { child1_date: '2014-11-23' }, 'child1_date', e.birthDateTooOld],
	[
		'an expected birth in the past',
		K,
		{ child2_date: '2026-11-22' },
		'child2_date',
		e.expectedDateInPast
	],
	[
		'an expected birth in 11 months',
		K,
		{ child2_date: '2027-10-24' },
		'child2_date',
		e.expectedDateTooFar
	],
	['a start date in the past', N, { desiredStart: '2026-11-22' }, 'desiredStart', e.startInPast],
	['no start date', N, { desiredStart: '' }, 'desiredStart', e.dateRequired],
	['a start date in 4 years', N, { desiredStart: '2030-12-01' }, 'desiredStart', e.startTooFar],
	[
		'a latest date before the start',
		N,
		{ latestStart: '2027-01-03' },
		'latestStart',
		e.latestBeforeStart
	],
	['a latest date in 2099', N, { latestStart: '2099-01-01' }, 'latestStart', e.latestTooFar],
	[
		'a latest date a day past 3 years',
		N,
		{ latestStart: '2029-11-24' },
		'latestStart',
		e.latestTooFar
	],
	[
		'a latest date in the past, with no start date',
		N,
		{ desiredStart: '', latestStart: '2026-11-01' },
		'latestStart',
		e.latestInPast
	],
	['no regularity', N, { regularity: '' }, 'regularity', e.regularityRequired],
	[
		'end before start in the grid',
		N,
		{ mon_start: '18:00', mon_end: '08:00' },
		'mon_end',
		e.endBeforeStart
	],
	['end equal to start', N, { mon_start: '08:00', mon_end: '08:00' }, 'mon_end', e.endBeforeStart],
	['a start without end', N, { tue_start: '09:00' }, 'tue_end', e.timeMissingEnd],
	['an end without start', N, { tue_end: '17:00' }, 'tue_start', e.timeMissingStart],
	['a malformed time', N, { mon_start: '8h' }, 'mon_start', e.timeInvalid],
	['hour 25', N, { mon_end: '25:00' }, 'mon_end', e.timeInvalid],
	[
		'no day and no variable hours',
		N,
		{ mon_start: '', mon_end: '' },
		'mon_start',
		e.scheduleRequired
	],
	['no kind of care', N, { careKinds: [] }, 'careKinds', e.careKindsRequired],
	['an unknown kind of care', N, { careKinds: ['nanny_robot'] }, 'careKinds', e.choiceInvalid],
	[
		'an unknown périscolaire need',
		N,
		{ periscolaire: 'boarding' },
		'periscolaire',
		e.choiceInvalid
	],
	['an oversized comment', S, { comment: 'x'.repeat(2001) }, 'comment', e.commentTooLong],
	['no consent', S, { consent: '' }, 'consent', e.consentRequired]
];

describe('validateStep', () => {
	it('stores a phone in E.164, a French one typed any way and a foreign one with its code', () => {
		for (const [typed, stored] of [
			['06.12.34.56.78', '+33612345678'],
			['+33 6 12 34 56 78', '+33612345678'],
			['+44 20 7946 0958', '+442079460958']
		] as const) {
			const result = validateStep('contact', { ...valid.contact, phone: typed }, ctx);
			expect(result.ok && result.value).toMatchObject({ phone: stored });
		}
	});

	it('accepts the valid request and assembles it', () => {
		const result = assembleRequest(valid, ctx);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.input.residenceInsee).toBe('35047');
		expect(result.input.contact.phone).toBe('+33612345678');
		expect(result.input.children).toEqual([
			{ birthDate: '2025-06-01', expectedBirthDate: null, needsSupport: false },
			{ birthDate: null, expectedBirthDate: '2027-02-10', needsSupport: null }
		]);
		expect(result.input.need.weeklySchedule.mon).toEqual({ start: '08:00', end: '18:00' });
	});

	it(`covers at least 30 invalid inputs (${invalidInputs.length})`, () => {
		expect(invalidInputs.length).toBeGreaterThanOrEqual(30);
	});

	it.each(invalidInputs)(
		'refuses %s with its French message at the field',
		(_why, step, change, field, message) => {
			const result = validateStep(step, { ...valid[step], ...change }, ctx);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.errors[field]).toBe(message);
		}
	);

	it('shows every error of a step at once, cross-field rules included', () => {
		const contact = validateStep(
			'contact',
			{ parentNames: '', email: '', phone: '', appointmentMode: '' },
			ctx
		);
		expect(!contact.ok && contact.errors).toEqual({
			parentNames: e.parentNamesRequired,
			appointmentMode: e.modeRequired,
			email: e.emailRequired
		});
		const need = validateStep(
			'need',
			{ desiredStart: '', mon_start: '18:00', mon_end: '08:00' },
			ctx
		);
		expect(!need.ok && need.errors).toEqual({
			desiredStart: e.dateRequired,
			regularity: e.regularityRequired,
			careKinds: e.careKindsRequired,
			mon_end: e.endBeforeStart
		});
	});

	it('accepts an overnight range when "until the next day" is ticked', () => {
		const result = validateStep(
			'need',
			{ ...valid.need, mon_start: '21:00', mon_end: '07:00', mon_overnight: 'on' },
			ctx
		);
		expect(result.ok).toBe(true);
	});

	it('offers the closest communes for a misspelt one, and takes the one chosen', () => {
		const typo = validateStep('commune', { residence: 'Mordel' }, ctx);
		expect(!typo.ok && typo.choices).toEqual({
			field: 'residence',
			kind: 'suggestions',
			candidates: [expect.objectContaining({ inseeCode: '35196', name: 'Mordelles' })]
		});
		const chosen = validateStep('commune', { residence: 'Mordel', residenceInsee: '35196' }, ctx);
		expect(chosen.ok && chosen.value).toEqual({ residenceInsee: '35196', workInsee: null });
		// A choice that is not among the suggestions for the text is not taken.
		const forged = validateStep('commune', { residence: 'Mordel', residenceInsee: '35047' }, ctx);
		expect(forged.ok).toBe(false);
	});

	it('tells a real commune outside the territory from a typo, and shows no choices for it', () => {
		const outside = validateStep('commune', { residence: 'rennes' }, ctx);
		expect(outside).toEqual({ ok: false, errors: { residence: e.communeNotServed } });
	});

	it('takes a work commune outside the territory, and suggests names for a misspelt one', () => {
		const work = validateStep('commune', { residence: 'Bruz', work: 'Rennes' }, ctx);
		expect(work.ok && work.value).toEqual({ residenceInsee: '35047', workInsee: '35238' });
		const typo = validateStep('commune', { residence: 'Bruz', work: 'Renes' }, ctx);
		expect(!typo.ok && typo.errors).toEqual({ work: e.workCommuneUnknownSuggestions });
		expect(!typo.ok && typo.choices?.candidates.map((c) => c.name)).toEqual(['Rennes']);
	});

	it('accepts a latest start date up to 3 years ahead, like the desired start', () => {
		const result = validateStep('need', { ...valid.need, latestStart: '2029-11-23' }, ctx);
		expect(result.ok).toBe(true);
	});

	it('requires a phone for a phone appointment on every channel', () => {
		const phoneCtx = { ...ctx, channel: 'monenfant' as const };
		const none = validateStep(
			'contact',
			{ ...valid.contact, phone: '', appointmentMode: 'phone' },
			phoneCtx
		);
		expect(!none.ok && none.errors.phone).toBe(e.phoneRequiredForPhoneMode);
	});

	it('on the phone an email is optional but some contact is needed', () => {
		const phoneCtx = { ...ctx, channel: 'phone' as const };
		expect(validateStep('contact', { ...valid.contact, email: '' }, phoneCtx).ok).toBe(true);
		const none = validateStep(
			'contact',
			{ ...valid.contact, email: '', phone: '', appointmentMode: 'relay' },
			phoneCtx
		);
		expect(!none.ok && none.errors.phone).toBe(e.contactRequired);
	});

	it('never throws, whatever a client sends (property-based)', () => {
		const field = fc.oneof(
			fc.string({ maxLength: 300 }),
			fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 })
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...requestSteps),
				fc.dictionary(fc.string({ maxLength: 20 }), field),
				(step, noise) => {
					const result = validateStep(step, { ...valid[step], ...noise }, ctx);
					expect(typeof result.ok).toBe('boolean');
				}
			),
			{ numRuns: 500 }
		);
	});
});
