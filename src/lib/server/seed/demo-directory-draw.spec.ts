import { describe, expect, it } from 'vitest';
import {
	DEMO_CHILDMINDER_COUNT,
	drawDemoDirectory,
	RESERVED_DEMO_CHILDMINDERS
} from './demo-directory-draw';
import { DEMO_MAMS } from './demo-directory-words';

const communes = [
	{ inseeCode: '35238', population: 220_000 },
	{ inseeCode: '35047', population: 18_000 },
	{ inseeCode: '35240', population: 9_000 },
	{ inseeCode: '35022', population: 700 }
];

describe('drawDemoDirectory', () => {
	it('gives the same childminders for the same anchor and communes', () => {
		const first = drawDemoDirectory('2026-11-20', communes);
		expect(drawDemoDirectory('2026-11-20', communes)).toEqual(first);
		expect(first).toHaveLength(DEMO_CHILDMINDER_COUNT);
		expect(new Set(first.map((c) => c.licenceNumber)).size).toBe(first.length);
		expect(first.every((c) => /^35-AM-\d{6}$/.test(c.licenceNumber))).toBe(true);
	});

	it('keeps the reserved childminders as they are, first, never drawn again', () => {
		const drawn = drawDemoDirectory('2026-11-20', communes);
		expect(drawn.slice(0, 4).map((c) => [c.licenceNumber, c.email, c.status])).toEqual(
			RESERVED_DEMO_CHILDMINDERS.map((c) => [c.licenceNumber, c.email, 'active'])
		);
		const reservedEmails = new Set(RESERVED_DEMO_CHILDMINDERS.map((c) => c.email));
		expect(drawn.slice(4).some((c) => c.email !== null && reservedEmails.has(c.email))).toBe(false);
	});

	it('puts each MAM’s members in its commune, and at least three childminders in every commune', () => {
		const drawn = drawDemoDirectory('2026-11-20', communes);
		DEMO_MAMS.forEach((mam, index) => {
			const members = drawn.filter((c) => c.mamIndex === index);
			expect(members).toHaveLength(mam.members);
			expect(members.every((c) => c.communeInsee === mam.communeInsee)).toBe(true);
		});
		for (const commune of communes)
			expect(
				drawn.filter((c) => c.mamIndex === null && c.communeInsee === commune.inseeCode).length
			).toBeGreaterThanOrEqual(3);
	});

	it('declares free places only within her licence, valid six months from the declaration', () => {
		for (const c of drawDemoDirectory('2026-11-20', communes)) {
			expect(c.placesUnder3).toBeLessThanOrEqual(c.placesTotal);
			if (!c.availability) continue;
			expect(c.availability.places.length).toBeLessThanOrEqual(c.placesTotal);
			const declared = c.availability.declaredAt.toISOString().slice(0, 10);
			expect(c.availability.validUntil > declared).toBe(true);
			for (const place of c.availability.places)
				expect(place.ageMaxMonths === null || place.ageMaxMonths > place.ageMinMonths).toBe(true);
		}
	});
});
