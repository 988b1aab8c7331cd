import { describe, expect, it } from 'vitest';
import { ageFits, ageInMonthsAt, dayCovered, haversineKm, scheduleCovered } from './matching';
import { rotationRanks } from './rotation';

describe('age at the start date', () => {
	it('counts whole months, the month turning on the day of birth', () => {
		expect(ageInMonthsAt('2026-03-15', '2026-09-14')).toBe(5);
		expect(ageInMonthsAt('2026-03-15', '2026-09-15')).toBe(6);
		expect(ageInMonthsAt('2024-02-29', '2027-02-28')).toBe(35);
		expect(ageInMonthsAt('2027-05-01', '2027-03-01')).toBeLessThan(0);
	});

	it('fits a band from its minimum included to its maximum excluded, no maximum: no limit', () => {
		expect(ageFits(3, { min: 3, max: 36 })).toBe(true);
		expect(ageFits(2, { min: 3, max: 36 })).toBe(false);
		expect(ageFits(35, { min: 3, max: 36 })).toBe(true);
		expect(ageFits(36, { min: 3, max: 36 })).toBe(false);
		expect(ageFits(140, { min: 36, max: null })).toBe(true);
		expect(ageFits(-1, { min: 0, max: null })).toBe(false);
	});
});

describe('schedule coverage', () => {
	const day = (start: string, end: string) => ({ start, end });

	it('covers a need inside the slot, boundaries included', () => {
		expect(dayCovered(day('07:30', '18:30'), 'mon', { mon: day('07:30', '18:30') })).toBe(true);
		expect(dayCovered(day('07:29', '18:30'), 'mon', { mon: day('07:30', '18:30') })).toBe(false);
		expect(dayCovered(day('07:30', '18:31'), 'mon', { mon: day('07:30', '18:30') })).toBe(false);
		expect(dayCovered(day('08:00', '17:00'), 'tue', { mon: day('07:00', '19:00') })).toBe(false);
	});

	it('reads end ≤ start as overnight, for the need and the offer', () => {
		expect(dayCovered(day('21:00', '06:00'), 'fri', { fri: day('20:00', '07:00') })).toBe(true);
		expect(dayCovered(day('21:00', '08:00'), 'fri', { fri: day('20:00', '07:00') })).toBe(false);
		expect(dayCovered(day('21:00', '06:00'), 'fri', { fri: day('07:00', '23:59') })).toBe(false);
		expect(dayCovered(day('18:00', '23:00'), 'fri', { fri: day('17:00', '07:00') })).toBe(true);
	});

	it('covers a need just after midnight by the previous day’s overnight slot, Sunday to Monday too', () => {
		expect(dayCovered(day('00:30', '06:00'), 'tue', { mon: day('21:00', '07:00') })).toBe(true);
		expect(dayCovered(day('00:30', '07:01'), 'tue', { mon: day('21:00', '07:00') })).toBe(false);
		expect(dayCovered(day('05:00', '06:00'), 'mon', { sun: day('22:00', '06:00') })).toBe(true);
		expect(dayCovered(day('05:00', '06:00'), 'tue', { mon: day('07:00', '19:00') })).toBe(false);
	});

	it('needs every requested day covered by the same place', () => {
		const offered = { mon: day('08:00', '18:00'), tue: day('08:00', '18:00') };
		expect(scheduleCovered({ mon: day('09:00', '17:00'), tue: null }, offered)).toBe(true);
		expect(
			scheduleCovered({ mon: day('09:00', '17:00'), wed: day('09:00', '17:00') }, offered)
		).toBe(false);
		expect(scheduleCovered({}, offered)).toBe(true);
	});
});

describe('haversine distance', () => {
	it('measures the great-circle distance between two centroids', () => {
		const rennes = { latitude: 48.1113, longitude: -1.68 };
		const paris = { latitude: 48.8566, longitude: 2.3522 };
		expect(haversineKm(rennes, paris)).toBeGreaterThan(305);
		expect(haversineKm(rennes, paris)).toBeLessThan(311);
		expect(haversineKm(rennes, rennes)).toBe(0);
		// One degree of latitude is about 111.2 km.
		expect(
			haversineKm({ latitude: 48, longitude: -1 }, { latitude: 49, longitude: -1 })
		).toBeCloseTo(111.2, 0);
	});
});

describe('seeded rotation', () => {
	const ids = Array.from({ length: 7 }, (_, i) => `id-${i}`);

	it('gives the same order for the same ids and seed, whatever order they came in', () => {
		const a = rotationRanks(ids, 12345);
		const b = rotationRanks([...ids].reverse(), 12345);
		expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
	});

	it('puts each id first exactly once over n consecutive seeds of a block', () => {
		const firsts = new Map<string, number>();
		for (let seed = 70; seed < 77; seed++) {
			const ranks = rotationRanks(ids, seed);
			const first = [...ranks].find(([, rank]) => rank === 0)?.[0] ?? '';
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		expect([...firsts.values()]).toEqual(Array(7).fill(1));
	});
});
