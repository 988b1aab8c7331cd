import { describe, expect, it } from 'vitest';
import type { FreePlaceFields } from './directory-options';
import { scheduleRuns } from './schedule-runs';
import { familyMessagesOf } from '$lib/i18n/family';
import { freePlaceWords } from '$lib/server/directory/search/publication';

const weekdays = { start: '07:30', end: '18:30' };
const place: FreePlaceFields = {
	ageMinMonths: 0,
	ageMaxMonths: 36,
	availableFrom: '2027-01-04',
	regularity: 'regular',
	weeklySchedule: {
		mon: weekdays,
		tue: weekdays,
		wed: weekdays,
		thu: weekdays,
		fri: weekdays,
		sat: { start: '21:00', end: '07:00' },
		sun: null
	}
};

describe('a free place on a list, in the family’s language', () => {
	it('groups the days with the same hours', () => {
		expect(scheduleRuns(place.weeklySchedule)).toEqual([
			{ first: 0, last: 4, start: '07:30', end: '18:30' },
			{ first: 5, last: 5, start: '21:00', end: '07:00' }
		]);
	});

	it('reads in French as the staff’s directory words it, in English and in Arabic', () => {
		const french = familyMessagesOf('fr').familyList.freePlace(place);
		expect(french).toBe(
			freePlaceWords({ ...place, id: 'p', declaredOn: new Date(), validUntil: '2027-06-30' })
		);
		expect(french).toMatch(/^1 place, jusqu’à 3 ans, dès le 4 janvier 2027, accueil régulier/);
		expect(familyMessagesOf('en').familyList.freePlace(place)).toBe(
			'1 place, up to 3 years, from 4 January 2027, regular care: Mon–Fri 07:30 – 18:30, Sat 21:00 – 07:00 (night)'
		);
		const arabic = familyMessagesOf('ar').familyList.freePlace(place);
		expect(arabic).toMatch(/^مكان واحد، حتى 3 سنوات، ابتداءً من /);
		expect(arabic).toContain('من الاثنين إلى الجمعة');
		expect(arabic).not.toMatch(/[a-zé]{2,}/);
	});
});
