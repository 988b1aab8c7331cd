import { describe, expect, it } from 'vitest';
import { familyMessagesOf } from '$lib/i18n/family';
import { summarizeRequest, summaryAsText, type RequestSummarySource } from './request-summary';

const fr = familyMessagesOf('fr');

const source = (overrides: Partial<RequestSummarySource> = {}): RequestSummarySource => ({
	children: [{ position: 1, birthDate: '2025-09-01', expectedBirthDate: null }],
	residenceName: 'Bruz',
	workName: null,
	desiredStart: '2027-03-01',
	latestStart: null,
	regularity: 'regular',
	weeklySchedule: {
		mon: { start: '08:30', end: '17:00' },
		tue: null,
		wed: null,
		thu: null,
		fri: { start: '21:00', end: '07:00' },
		sat: null,
		sun: null
	},
	variableHours: false,
	atypical: { early: false, late: true, saturday: true, sunday: false, night: true },
	periscolaire: [],
	careKinds: ['mam', 'no_preference'],
	appointmentMode: 'phone',
	...overrides
});

const valuesOf = (label: string, items: ReturnType<typeof summarizeRequest>) =>
	items.find((item) => item.label === label)?.values;

describe('the request told in plain French', () => {
	it('gives a child’s age on the day, and an expected birth as a date', () => {
		const one = summarizeRequest(source(), '2026-11-23', fr);
		expect(valuesOf('Enfant', one)).toEqual(['14 mois (naissance le 1er septembre 2025)']);

		const siblings = summarizeRequest(
			source({
				children: [
					{ position: 2, birthDate: '2023-05-10', expectedBirthDate: null },
					{ position: 1, birthDate: null, expectedBirthDate: '2027-02-15' }
				]
			}),
			'2026-11-23',
			fr
		);
		expect(valuesOf('Enfants', siblings)).toEqual([
			'Enfant 1 : naissance prévue le 15 février 2027',
			'Enfant 2 : 3 ans et 6 mois (naissance le 10 mai 2023)'
		]);
	});

	it('lists the days, overnight care, derived atypical hours and the kinds of care', () => {
		const items = summarizeRequest(source(), '2026-11-23', fr);
		expect(valuesOf('Horaires', items)).toEqual([
			'lundi : 8 h 30 – 17 h 00',
			'vendredi : 21 h 00 – 7 h 00 (jusqu’au lendemain)'
		]);
		expect(valuesOf('Horaires atypiques', items)).toEqual(['après 19 h', 'le samedi', 'la nuit']);
		expect(valuesOf('Modes d’accueil envisagés', items)).toEqual([
			'maison d’assistants maternels (MAM)',
			'pas de préférence'
		]);
		expect(valuesOf('Rendez-vous souhaité', items)).toEqual(['par téléphone']);
		expect(summaryAsText(items, fr)).toContain('Commune de résidence : Bruz\n');
	});

	it('says "aucun" when no atypical hours, and writes the first of a month as 1er', () => {
		const items = summarizeRequest(
			source({
				atypical: { early: false, late: false, saturday: false, sunday: false, night: false }
			}),
			'2026-11-23',
			fr
		);
		expect(valuesOf('Horaires atypiques', items)).toEqual(['aucun']);
		expect(valuesOf('Début souhaité', items)).toEqual(['1er mars 2027']);
	});
});

describe('the request told in the family’s language', () => {
	it('in English: English words and English dates, nothing French', () => {
		const items = summarizeRequest(source(), '2026-11-23', familyMessagesOf('en'));
		expect(valuesOf('Child', items)).toEqual(['14 months (born on 1 September 2025)']);
		expect(valuesOf('Hours', items)).toEqual([
			'Monday: 08:30 – 17:00',
			'Friday: 21:00 – 07:00 (until the next morning)'
		]);
		expect(valuesOf('Appointment', items)).toEqual(['by phone']);
		const text = summaryAsText(items, familyMessagesOf('en'));
		expect(text).toContain('Town where you live: Bruz\n');
		expect(text).not.toMatch(/ :|mois|naissance|lundi/);
	});

	it('in Arabic: the numbers agree with their nouns, the labels end with a plain colon', () => {
		const ar = familyMessagesOf('ar');
		const items = summarizeRequest(
			source({
				children: [
					{ position: 1, birthDate: '2023-05-10', expectedBirthDate: null },
					{ position: 2, birthDate: '2025-09-01', expectedBirthDate: null }
				]
			}),
			'2026-11-23',
			ar
		);
		const children = valuesOf('الأطفال', items) ?? [];
		expect(children[0]).toMatch(/^الطفل 1: 3 سنوات و6 أشهر \(تاريخ الولادة .*2023\)$/);
		expect(children[1]).toMatch(/^الطفل 2: 14 شهرًا /);
		expect(summaryAsText(items, ar)).toContain('بلدية السكن: Bruz\n');
	});
});
