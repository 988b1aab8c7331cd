import { describe, expect, it } from 'vitest';
import type { FreeSlot } from './free-slots';
import { distinctTimes, groupTimesByDay, parseTimeKey, timeKey } from './slot-choice';

const place = '5d1b1c1e-1111-4a4a-8b8b-000000000001';
const ann = '5d1b1c1e-2222-4a4a-8b8b-000000000002';
const bob = '5d1b1c1e-3333-4a4a-8b8b-000000000003';
const slot = (animatorId: string, iso: string, where: 'phone' | 'place' = 'phone'): FreeSlot => {
	const startsAt = new Date(iso);
	return {
		animatorId,
		kind: where,
		placeId: where === 'place' ? place : null,
		startsAt,
		endsAt: new Date(startsAt.getTime() + 45 * 60_000)
	};
};

describe('the family’s times', () => {
	it('keep one choice per time and way, whoever of the team is free then', () => {
		const slots = [
			slot(ann, '2027-03-04T08:00:00Z'),
			slot(bob, '2027-03-04T08:00:00Z'),
			slot(bob, '2027-03-04T08:00:00Z', 'place'),
			slot(ann, '2027-03-04T08:45:00Z')
		];
		const distinct = distinctTimes(slots);
		expect(distinct.map((s) => [s.startsAt.toISOString(), s.kind])).toEqual([
			['2027-03-04T08:00:00.000Z', 'phone'],
			['2027-03-04T08:00:00.000Z', 'place'],
			['2027-03-04T08:45:00.000Z', 'phone']
		]);
	});

	it('have keys that name a time, a length and a way, never an animator, and read back', () => {
		const key = timeKey(slot(ann, '2027-03-04T08:00:00Z', 'place'));
		expect(key).toBe(`2027-03-04T08:00:00.000Z_45_${place}`);
		expect(key).not.toContain(ann);
		expect(parseTimeKey(key)).toEqual({
			startsAt: new Date('2027-03-04T08:00:00Z'),
			minutes: 45,
			placeId: place
		});
		expect(parseTimeKey(timeKey(slot(bob, '2027-03-04T08:00:00Z')))?.placeId).toBeNull();
		for (const bad of [
			'',
			'x_45_phone',
			'2027-03-04T08:00:00Z_0_phone',
			'2027-03-04T08:00:00Z_45_zz',
			`${ann}_2027-03-04T08:00:00Z`
		])
			expect(parseTimeKey(bad), bad).toBeNull();
	});

	it('are grouped by Paris day, a late evening in UTC belonging to the next Paris day', () => {
		const times = ['2027-03-04T08:00:00Z', '2027-03-04T15:00:00Z', '2027-03-04T23:30:00Z'].map(
			(iso) => ({
				key: iso,
				kind: 'phone' as const,
				startsAt: new Date(iso),
				endsAt: new Date(iso),
				placeName: null
			})
		);
		expect(
			groupTimesByDay(times).map((day) => [day.day, day.times.map((time) => time.key)])
		).toEqual([
			['2027-03-04', ['2027-03-04T08:00:00Z', '2027-03-04T15:00:00Z']],
			['2027-03-05', ['2027-03-04T23:30:00Z']]
		]);
	});
});
