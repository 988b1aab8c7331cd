import type {
	AppointmentMode,
	CancellationReason,
	PeriscolaireNeed,
	RequestChannel,
	WeeklySchedule,
	CareKind
} from '$lib/childcare-request-options';
import { addDays, addMonths, isoWeekday, monthsBetween } from '$lib/time/calendar-date';
import { parisToUtc, todayInParis } from '$lib/time/paris';
import { DAY_MS as DAY } from '$lib/time/durations';
import { prng, seedFor, weightedPicker, type Random } from './demo-random';
import { asciiSlug, CONTACT_TIMES, FIRST_NAMES, LANGUAGES, LAST_NAMES } from './demo-request-words';
import { drawCareKinds, drawChildren, drawSchedule, type DemoChild } from './demo-request-need';
import type { DemoEvent } from './demo-request-story';
import { CARE_KINDS, REASONS, type DemoOutcome } from './demo-request-outcomes';

/**
 * The demo's history for the observatory: about 1,000 closed requests from December 2023 to
 * two weeks before the anchor, over and above the 150 of demo-requests.ts, so that the
 * observatory has three years of trends. Seasonal (more in spring and September, few in
 * August), a little growth each year, from the demo communes in proportion to their
 * population (the small ones get 1 to 4 a year: the suppression and "other communes" have
 * something to do). Every one is closed (none reaches a queue); most held an appointment
 * (attended, most within 7 days), and closed with an outcome, or were cancelled or closed by
 * the relay. Pure and deterministic: each month's count and each request draw from streams of
 * their own (`seedFor('history…', n)`), so the 150 demo requests never change.
 */
export const HISTORY_START = '2023-12-01';
/** The newest history request is this many days older than the anchor (the queue's are newer). */
export const HISTORY_GAP_DAYS = 14;
/** Requests a month across the four relays, before the season and the year's growth. */
const MONTHLY_BASE = 27.5;
/** January … December: spring and September are busy, summer and Christmas quiet. */
const SEASON = [1.0, 1.0, 1.25, 1.3, 1.2, 1.0, 0.7, 0.5, 1.45, 1.05, 0.9, 0.65] as const;
const GROWTH: Record<number, number> = { 2023: 0.9, 2024: 0.92, 2025: 1.0, 2026: 1.06 };
const CANCEL_REASONS: CancellationReason[] = [
	'found_elsewhere',
	'found_elsewhere',
	'no_longer_needed',
	'other'
];
/** Appointments start on the quarter hour from 9:00, 45 minutes long, ten a day per animator. */
const SLOT_MINUTES = 45;
const SLOTS_PER_DAY = 10;

export type HistoryStatus =
	'solution_recorded' | 'closed_without_solution' | 'cancelled_by_family' | 'closed_by_relay';

export interface HistoryCommune {
	population: number;
	/** Whatever identifies its relay (an id): the appointments of one relay never overlap. */
	relay: string;
}

export interface DemoHistoryRequest {
	rank: number;
	receivedAt: Date;
	communeIndex: number;
	workCommuneIndex: number | null;
	channel: RequestChannel;
	status: HistoryStatus;
	parentNames: string;
	email: string | null;
	phone: string | null;
	appointmentMode: AppointmentMode;
	contactTimes: string;
	homeLanguage: string;
	children: DemoChild[];
	desiredStart: string;
	latestStart: string | null;
	occasional: boolean;
	schedule: WeeklySchedule;
	variableHours: boolean;
	periscolaire: PeriscolaireNeed[];
	careKinds: CareKind[];
	/** The appointment held (attended), with the relay's animator; none for some closures. */
	appointment: { startsAt: Date; endsAt: Date; kind: 'place' | 'phone' } | null;
	outcome: DemoOutcome | null;
	closedAt: Date;
	events: DemoEvent[];
}

/** The months of the history with how many requests each receives. */
export function historyMonths(anchor: Date): { month: string; count: number }[] {
	const last = addDays(todayInParis(anchor), -HISTORY_GAP_DAYS);
	const months: { month: string; count: number }[] = [];
	for (let month = HISTORY_START; month <= last; month = addMonths(month, 1)) {
		const [year, monthNumber] = month.split('-').map(Number) as [number, number];
		const random = prng(seedFor('history-month', year * 12 + monthNumber));
		const days = Number(addDays(addMonths(month, 1), -1).slice(8, 10));
		const open = last.startsWith(month.slice(0, 7)) ? Number(last.slice(8, 10)) : days;
		const expected =
			MONTHLY_BASE * (SEASON[monthNumber - 1] ?? 1) * (GROWTH[year] ?? 1) * (open / days);
		months.push({ month, count: Math.max(0, Math.round(expected) + random.int(-2, 2)) });
	}
	return months;
}

function drawHistoryRequest(
	rank: number,
	month: string,
	last: string,
	pickCommune: (random: Random) => number
): Omit<DemoHistoryRequest, 'appointment' | 'outcome' | 'closedAt' | 'events'> & {
	delayDays: number;
	closeAfterDays: number;
	withAppointment: boolean;
	cancelReason: CancellationReason;
	outcomeRandom: Random;
} {
	const random = prng(seedFor('history', rank));
	const days = Number(addDays(addMonths(month, 1), -1).slice(8, 10));
	const day = addDays(month, random.int(0, days - 1));
	const received = day > last ? last : day;
	const r = random.next();
	const channel: RequestChannel =
		r < 0.58 ? 'online' : r < 0.7 ? 'monenfant' : r < 0.88 ? 'phone' : 'desk';
	// Online and monenfant.fr requests arrive at any time of the day, the others in opening hours.
	const minutes =
		channel === 'online' || channel === 'monenfant'
			? random.int(7 * 60, 23 * 60 - 1)
			: random.int(9 * 60, 17 * 60);
	const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
	const receivedAt = parisToUtc(received, time);

	const first = random.pick(FIRST_NAMES);
	const lastName = random.pick(LAST_NAMES);
	const appointmentMode: AppointmentMode = random.chance(0.3) ? 'phone' : 'relay';
	const hasEmail = channel === 'online' || channel === 'monenfant' || random.chance(0.5);
	const hasPhone = !hasEmail || appointmentMode === 'phone' || random.chance(0.85);

	const children: DemoHistoryRequest['children'] = drawChildren(random, received, {
		single: 0.84,
		two: 0.75,
		supportNo: 0.65
	});
	const expected = children[0]?.expectedBirthDate;
	const desiredStart = expected
		? addMonths(expected, random.int(3, 6))
		: addDays(received, random.int(20, 300));
	const latestStart = random.chance(0.4) ? addMonths(desiredStart, random.int(1, 3)) : null;
	const occasional = random.chance(0.1);
	const { schedule, variable } = drawSchedule(random, occasional);
	const schoolAge = children.some(
		(c) => c.birthDate && monthsBetween(c.birthDate, desiredStart) >= 36
	);
	const periscolaire: PeriscolaireNeed[] =
		schoolAge && random.chance(0.6) ? ['after_school', 'wednesday'] : [];

	const s = random.next();
	const status: HistoryStatus =
		s < 0.6
			? 'solution_recorded'
			: s < 0.76
				? 'closed_without_solution'
				: s < 0.91
					? 'cancelled_by_family'
					: 'closed_by_relay';
	// Most first appointments within a week; some later (a busy season, a family unavailable).
	const d = random.next();
	const delayDays = d < 0.72 ? random.int(1, 7) : d < 0.92 ? random.int(8, 21) : random.int(22, 45);
	const withAppointment =
		status === 'solution_recorded' ||
		status === 'closed_without_solution' ||
		(status === 'cancelled_by_family' && random.chance(0.4));
	const closeAfterDays =
		status === 'solution_recorded'
			? random.int(5, 75)
			: status === 'closed_without_solution'
				? random.int(20, 110)
				: status === 'cancelled_by_family'
					? random.int(1, 25)
					: random.int(30, 60);
	return {
		rank,
		receivedAt,
		communeIndex: pickCommune(random),
		workCommuneIndex: random.chance(0.3) ? pickCommune(random) : null,
		channel,
		status,
		// The rank makes every address and number unique: no e2e family looks like a duplicate.
		parentNames: random.chance(0.35)
			? `${first} et ${random.pick(FIRST_NAMES)} ${lastName}`
			: `${first} ${lastName}`,
		email: hasEmail ? `${asciiSlug(first)}.${asciiSlug(lastName)}.h${rank}@exemple.test` : null,
		phone: hasPhone ? `+3363997${String(rank).padStart(4, '0')}` : null,
		appointmentMode,
		contactTimes: random.pick(CONTACT_TIMES),
		homeLanguage: random.pick(LANGUAGES),
		children,
		desiredStart,
		latestStart,
		occasional,
		schedule,
		variableHours: variable,
		periscolaire,
		careKinds: drawCareKinds(random),
		delayDays,
		closeAfterDays,
		withAppointment,
		cancelReason: random.pick(CANCEL_REASONS),
		outcomeRandom: prng(seedFor('history-outcome', rank))
	};
}

/** Gives each appointment a free slot of its relay's animator, on or after the day wanted. */
function slotBooker() {
	const taken = new Set<string>();
	return (relay: string, wanted: string, random: Random): { date: string; slot: number } => {
		let date = wanted;
		for (;;) {
			if (isoWeekday(date) <= 5) {
				const start = random.int(0, SLOTS_PER_DAY - 1);
				for (let i = 0; i < SLOTS_PER_DAY; i++) {
					const slot = (start + i) % SLOTS_PER_DAY;
					const key = `${relay}|${date}|${slot}`;
					if (!taken.has(key)) {
						taken.add(key);
						return { date, slot };
					}
				}
			}
			date = addDays(date, 1);
		}
	};
}

const slotTime = (slot: number) => {
	const minutes = 9 * 60 + slot * SLOT_MINUTES;
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/**
 * The history's requests, oldest month first, for communes given by population and relay;
 * every date falls before the anchor, every request is closed.
 */
export function drawDemoHistory(
	anchor: Date,
	communes: readonly HistoryCommune[]
): DemoHistoryRequest[] {
	const pickCommune = weightedPicker(communes.map((c) => c.population));
	const last = addDays(todayInParis(anchor), -HISTORY_GAP_DAYS);
	const latest = anchor.getTime() - DAY;
	const drafts = historyMonths(anchor).flatMap(({ month, count }, index, months) => {
		const before = months.slice(0, index).reduce((n, m) => n + m.count, 0);
		return Array.from({ length: count }, (_, i) =>
			drawHistoryRequest(before + i, month, last, pickCommune)
		);
	});
	drafts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.rank - b.rank);
	const book = slotBooker();
	return drafts.map((draft) => {
		const {
			delayDays,
			closeAfterDays,
			withAppointment,
			cancelReason,
			outcomeRandom: random,
			...request
		} = draft;
		const relay = communes[request.communeIndex]?.relay ?? '';
		const received = todayInParis(request.receivedAt);
		const room = Math.floor((latest - request.receivedAt.getTime()) / DAY);
		const events: DemoEvent[] = [{ kind: 'received', at: request.receivedAt, staff: false }];
		let appointment: DemoHistoryRequest['appointment'] = null;
		let clock = request.receivedAt.getTime();
		if (withAppointment) {
			// A late appointment only where the anchor leaves room for it and the closing after.
			const delay = delayDays + 7 < room ? delayDays : Math.min(delayDays, 3);
			const { date, slot } = book(relay, addDays(received, delay), random);
			const startsAt = parisToUtc(date, slotTime(slot));
			const endsAt = new Date(startsAt.getTime() + SLOT_MINUTES * 60_000);
			appointment = {
				startsAt,
				endsAt,
				kind: request.appointmentMode === 'phone' && request.phone ? 'phone' : 'place'
			};
			const gap = startsAt.getTime() - clock;
			const proposed = clock + Math.round(gap * (0.1 + 0.3 * random.next()));
			const booked = proposed + Math.round((startsAt.getTime() - proposed) * 0.2);
			events.push({ kind: 'appointment_proposed', at: new Date(proposed), staff: true });
			events.push({ kind: 'appointment_booked', at: new Date(booked), staff: true });
			events.push({ kind: 'appointment_held', at: endsAt, staff: true, visible: false });
			if (random.chance(0.7)) events.push({ kind: 'list_given', at: endsAt, staff: true });
			clock = endsAt.getTime();
		}
		const closedAt = new Date(
			Math.max(clock + 3_600_000, Math.min(latest, clock + closeAfterDays * DAY))
		);
		let outcome: DemoOutcome | null = null;
		switch (request.status) {
			case 'solution_recorded':
				outcome = {
					facts: {
						found: true,
						careKind: random.pick(CARE_KINDS),
						startDate: random.chance(0.7) ? request.desiredStart : null,
						fromRelayList: random.chance(0.8) ? random.chance(0.6) : null
					},
					at: closedAt,
					from: 'appointment_held'
				};
				events.push({ kind: 'solution_recorded', at: closedAt, staff: true });
				events.push({ kind: 'closed', at: closedAt, staff: true });
				break;
			case 'closed_without_solution':
				outcome = {
					facts: { found: false, reason: random.pick(REASONS) },
					at: closedAt,
					from: 'appointment_held'
				};
				events.push({ kind: 'closed', at: closedAt, staff: true });
				break;
			case 'cancelled_by_family':
				events.push({
					kind: 'cancelled_by_family',
					at: closedAt,
					staff: false,
					details: { reason: cancelReason }
				});
				break;
			case 'closed_by_relay':
				events.push({
					kind: 'closed',
					at: closedAt,
					staff: true,
					details: { from: 'in_progress', status: 'closed_by_relay', reason: 'unreachable' }
				});
				break;
		}
		return { ...request, appointment, outcome, closedAt, events };
	});
}
