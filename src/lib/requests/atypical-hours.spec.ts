import { describe, expect, it } from 'vitest';
import { deriveAtypicalFlags, type AtypicalFlags } from './atypical-hours';
import type { DaySlot, WeekDay, WeeklySchedule } from '../childcare-request-options';

const none: AtypicalFlags = {
	early: false,
	late: false,
	saturday: false,
	sunday: false,
	night: false
};
const week = (slots: Partial<Record<WeekDay, DaySlot>>): WeeklySchedule => ({
	mon: null,
	tue: null,
	wed: null,
	thu: null,
	fri: null,
	sat: null,
	sun: null,
	...slots
});

describe('deriveAtypicalFlags', () => {
	it.each<[string, Partial<Record<WeekDay, DaySlot>>, Partial<AtypicalFlags>]>([
		[
			'8:00–18:00 on weekdays is typical',
			{ mon: { start: '08:00', end: '18:00' }, fri: { start: '08:00', end: '18:00' } },
			{}
		],
		['starting at 6:59 is early', { tue: { start: '06:59', end: '12:00' } }, { early: true }],
		['starting at 7:00 is not early', { tue: { start: '07:00', end: '12:00' } }, {}],
		['ending at 19:00 is not late', { wed: { start: '09:00', end: '19:00' } }, {}],
		['ending at 19:01 is late', { wed: { start: '09:00', end: '19:01' } }, { late: true }],
		['7:00–19:00 exactly is typical', { thu: { start: '07:00', end: '19:00' } }, {}],
		[
			'ending at 22:00 is late but not night',
			{ thu: { start: '14:00', end: '22:00' } },
			{ late: true }
		],
		[
			'ending at 22:01 is late and night',
			{ thu: { start: '14:00', end: '22:01' } },
			{ late: true, night: true }
		],
		[
			'starting at 5:00 is early, not night',
			{ mon: { start: '05:00', end: '13:00' } },
			{ early: true }
		],
		[
			'starting at 4:59 is early and night',
			{ mon: { start: '04:59', end: '13:00' } },
			{ early: true, night: true }
		],
		[
			'overnight 21:00–7:00 is late, night and early (next morning)',
			{ mon: { start: '21:00', end: '07:00' } },
			{ early: true, late: true, night: true }
		],
		[
			'overnight 20:00–6:59 from Friday spills into Saturday',
			{ fri: { start: '20:00', end: '06:59' } },
			{ early: true, late: true, night: true, saturday: true }
		],
		[
			'overnight from Sunday into Monday flags Sunday only',
			{ sun: { start: '22:00', end: '06:00' } },
			{ sunday: true, late: true, night: true, early: true }
		],
		[
			'a Saturday morning is a weekend',
			{ sat: { start: '09:00', end: '12:00' } },
			{ saturday: true }
		],
		[
			'a Sunday afternoon is a weekend',
			{ sun: { start: '14:00', end: '18:00' } },
			{ sunday: true }
		],
		[
			'a full day 0:00–0:00 is everything but the weekend',
			{ wed: { start: '00:00', end: '00:00' } },
			{ early: true, late: true, night: true }
		]
	])('%s', (_name, slots, expected) => {
		expect(deriveAtypicalFlags(week(slots))).toEqual({ ...none, ...expected });
	});
});
