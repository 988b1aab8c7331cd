import { describe, expect, it } from 'vitest';
import { computeFreeSlots, type FreeSlotsInput, type SlotRule } from './free-slots';

const ANNE = 'a0000000-0000-4000-8000-000000000001';
const BRUNO = 'b0000000-0000-4000-8000-000000000002';
const PLACE = 'c0000000-0000-4000-8000-000000000003';

const rule = (overrides: Partial<SlotRule> = {}): SlotRule => ({
	animatorId: ANNE,
	weekday: 1,
	startTime: '09:00:00',
	endTime: '12:00:00',
	kind: 'place',
	placeId: PLACE,
	slotMinutes: 45,
	validFrom: '2026-01-01',
	validUntil: null,
	active: true,
	...overrides
});

/** Slots between two Paris-ish bounds given in UTC; nothing busy unless said. */
const slots = (input: Partial<FreeSlotsInput> & Pick<FreeSlotsInput, 'rules'>) =>
	computeFreeSlots({
		busy: [],
		absences: [],
		closures: [],
		from: new Date('2026-01-05T00:00:00Z'),
		to: new Date('2026-01-06T00:00:00Z'),
		...input
	});

const starts = (list: { startsAt: Date }[]) => list.map((s) => s.startsAt.toISOString());

describe('computeFreeSlots', () => {
	it('cuts a rule every slotMinutes and drops a slot that would cross its end', () => {
		// Monday 5 January 2026, winter: 9:00 Paris = 08:00Z. 9:00, 9:45, 10:30, 11:15 → 12:00;
		// a 12:00 slot would end at 12:45, after the rule.
		const result = slots({ rules: [rule()] });
		expect(starts(result)).toEqual([
			'2026-01-05T08:00:00.000Z',
			'2026-01-05T08:45:00.000Z',
			'2026-01-05T09:30:00.000Z',
			'2026-01-05T10:15:00.000Z'
		]);
		expect(result[3]?.endsAt.toISOString()).toBe('2026-01-05T11:00:00.000Z');
		expect(result[0]).toMatchObject({ animatorId: ANNE, kind: 'place', placeId: PLACE });
	});

	it('drops the last slot when the rule ends before it is over', () => {
		// 9:00–11:00 in 45 minutes: 9:00 and 9:45 only; 10:30 would end at 11:15.
		const result = slots({ rules: [rule({ endTime: '11:00:00' })] });
		expect(starts(result)).toEqual(['2026-01-05T08:00:00.000Z', '2026-01-05T08:45:00.000Z']);
	});

	it('keeps the gap between two rules of one day', () => {
		const result = slots({
			rules: [
				rule({ startTime: '09:00:00', endTime: '10:30:00' }),
				rule({ startTime: '14:00:00', endTime: '15:30:00', kind: 'phone', placeId: null })
			]
		});
		expect(starts(result)).toEqual([
			'2026-01-05T08:00:00.000Z',
			'2026-01-05T08:45:00.000Z',
			'2026-01-05T13:00:00.000Z',
			'2026-01-05T13:45:00.000Z'
		]);
		expect(result.map((s) => s.kind)).toEqual(['place', 'place', 'phone', 'phone']);
	});

	it('applies a rule on its weekday only', () => {
		const tuesday = slots({
			rules: [rule({ weekday: 1 })],
			from: new Date('2026-01-06T00:00:00Z'),
			to: new Date('2026-01-07T00:00:00Z')
		});
		expect(tuesday).toEqual([]);
	});

	it('removes the days of an absence, both ends included, for that person only', () => {
		const result = slots({
			rules: [rule(), rule({ animatorId: BRUNO })],
			absences: [{ staffId: ANNE, startsOn: '2026-01-05', endsOn: '2026-01-05' }],
			from: new Date('2026-01-05T00:00:00Z'),
			to: new Date('2026-01-13T00:00:00Z')
		});
		const anne = result.filter((s) => s.animatorId === ANNE);
		expect(starts(anne)).toEqual([
			'2026-01-12T08:00:00.000Z',
			'2026-01-12T08:45:00.000Z',
			'2026-01-12T09:30:00.000Z',
			'2026-01-12T10:15:00.000Z'
		]);
		expect(result.filter((s) => s.animatorId === BRUNO)).toHaveLength(8);
	});

	it('sorts by start, then animator', () => {
		const result = slots({ rules: [rule({ animatorId: BRUNO }), rule({ animatorId: ANNE })] });
		expect(result.slice(0, 2).map((s) => s.animatorId)).toEqual([ANNE, BRUNO]);
	});

	it('opens nothing on a French public holiday (Easter Monday 2026)', () => {
		const result = slots({
			rules: [rule()],
			from: new Date('2026-04-06T00:00:00Z'),
			to: new Date('2026-04-14T00:00:00Z')
		});
		expect(result.length).toBe(4);
		expect(result.every((s) => s.startsAt.toISOString().startsWith('2026-04-13'))).toBe(true);
	});

	it('opens nothing while the relay is closed', () => {
		const result = slots({
			rules: [rule(), rule({ animatorId: BRUNO })],
			closures: [{ startsOn: '2026-01-03', endsOn: '2026-01-05' }],
			from: new Date('2026-01-05T00:00:00Z'),
			to: new Date('2026-01-13T00:00:00Z')
		});
		expect(result).toHaveLength(8);
		expect(result.every((s) => s.startsAt.toISOString().startsWith('2026-01-12'))).toBe(true);
	});

	it('applies a rule between its validity dates only, both included', () => {
		const result = slots({
			rules: [rule({ validFrom: '2026-01-12', validUntil: '2026-01-19' })],
			from: new Date('2026-01-05T00:00:00Z'),
			to: new Date('2026-01-27T00:00:00Z')
		});
		expect([...new Set(result.map((s) => s.startsAt.toISOString().slice(0, 10)))]).toEqual([
			'2026-01-12',
			'2026-01-19'
		]);
	});

	it('ignores a deactivated rule', () => {
		expect(slots({ rules: [rule({ active: false })] })).toEqual([]);
	});

	it('removes a slot overlapping a busy interval of its animator, even by one minute', () => {
		const result = slots({
			rules: [rule(), rule({ animatorId: BRUNO })],
			busy: [
				{
					animatorId: ANNE,
					startsAt: new Date('2026-01-05T08:44:00Z'),
					endsAt: new Date('2026-01-05T08:46:00Z')
				},
				// Touching the end of a slot is not overlapping it.
				{
					animatorId: ANNE,
					startsAt: new Date('2026-01-05T11:00:00Z'),
					endsAt: new Date('2026-01-05T12:00:00Z')
				}
			]
		});
		expect(starts(result.filter((s) => s.animatorId === ANNE))).toEqual([
			'2026-01-05T09:30:00.000Z',
			'2026-01-05T10:15:00.000Z'
		]);
		expect(result.filter((s) => s.animatorId === BRUNO)).toHaveLength(4);
	});

	it('removes slots starting before now and outside [from, to)', () => {
		const result = slots({
			rules: [rule()],
			now: new Date('2026-01-05T08:45:00Z'),
			to: new Date('2026-01-05T10:15:00Z')
		});
		expect(starts(result)).toEqual(['2026-01-05T08:45:00.000Z', '2026-01-05T09:30:00.000Z']);
	});

	it('gives one slot when two rules of one animator cover the same hours', () => {
		const result = slots({ rules: [rule(), rule({ kind: 'phone', placeId: null })] });
		expect(result).toHaveLength(4);
	});

	describe('daylight saving in Europe/Paris', () => {
		it('keeps 9:00 Paris on the Monday after the last Sunday of March (07:00Z, 08:00Z the week before)', () => {
			const result = slots({
				rules: [rule()],
				from: new Date('2026-03-23T00:00:00Z'),
				to: new Date('2026-03-31T00:00:00Z')
			});
			expect(starts(result).filter((_, i) => i % 4 === 0)).toEqual([
				'2026-03-23T08:00:00.000Z',
				'2026-03-30T07:00:00.000Z'
			]);
			// The last slot, 11:15–12:00 Paris, ends at 10:00Z in summer.
			expect(result[7]?.endsAt.toISOString()).toBe('2026-03-30T10:00:00.000Z');
		});

		it('keeps 9:00 Paris on the Monday after the last Sunday of October (08:00Z, 07:00Z the week before)', () => {
			const result = slots({
				rules: [rule()],
				from: new Date('2026-10-19T00:00:00Z'),
				to: new Date('2026-10-27T00:00:00Z')
			});
			expect(starts(result).filter((_, i) => i % 4 === 0)).toEqual([
				'2026-10-19T07:00:00.000Z',
				'2026-10-26T08:00:00.000Z'
			]);
		});

		it('cuts a Sunday rule on the March change day itself, across the skipped hour', () => {
			// Sunday 29 March 2026: clocks jump from 02:00 to 03:00. A 01:00–04:00 rule in 60 min:
			// 01:00 (+01:00), the 02:00 slot does not exist, 03:00 (+02:00).
			const result = slots({
				rules: [
					rule({ weekday: 7, startTime: '01:00:00', endTime: '04:00:00', slotMinutes: 60 }),
					rule({ weekday: 7 })
				],
				from: new Date('2026-03-28T00:00:00Z'),
				to: new Date('2026-03-30T00:00:00Z')
			});
			expect(starts(result)).toEqual([
				'2026-03-29T00:00:00.000Z',
				'2026-03-29T01:00:00.000Z',
				'2026-03-29T07:00:00.000Z',
				'2026-03-29T07:45:00.000Z',
				'2026-03-29T08:30:00.000Z',
				'2026-03-29T09:15:00.000Z'
			]);
			expect(result[0]?.endsAt.toISOString()).toBe('2026-03-29T01:00:00.000Z');
		});

		it('cuts a Sunday rule on the October change day itself, with 9:00 in winter time', () => {
			// Sunday 25 October 2026: 9:00 Paris is 08:00Z (winter), the day before 07:00Z.
			const result = slots({
				rules: [rule({ weekday: 7 }), rule({ weekday: 6 })],
				from: new Date('2026-10-24T00:00:00Z'),
				to: new Date('2026-10-26T00:00:00Z')
			});
			expect(starts(result)).toEqual([
				'2026-10-24T07:00:00.000Z',
				'2026-10-24T07:45:00.000Z',
				'2026-10-24T08:30:00.000Z',
				'2026-10-24T09:15:00.000Z',
				'2026-10-25T08:00:00.000Z',
				'2026-10-25T08:45:00.000Z',
				'2026-10-25T09:30:00.000Z',
				'2026-10-25T10:15:00.000Z'
			]);
		});
	});
});
