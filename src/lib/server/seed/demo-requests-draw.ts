import type {
	AppointmentMode,
	CareKind,
	PeriscolaireNeed,
	RequestChannel,
	RequestStatus,
	WeeklySchedule
} from '$lib/childcare-request-options';
import { addDays, addMonths, monthsBetween } from '$lib/time/calendar-date';
import { todayInParis } from '$lib/time/paris';
import { DAY_MS as DAY } from '$lib/time/durations';
import { prng, weightedPicker, type Random } from './demo-random';
import {
	asciiSlug,
	COMMENTS,
	CONTACT_TIMES,
	FIRST_NAMES,
	LANGUAGES,
	LAST_NAMES
} from './demo-request-words';
import { drawCareKinds, drawChildren, drawSchedule, type DemoChild } from './demo-request-need';
import { drawEvents, drawStatus, type DemoEvent } from './demo-request-story';

/**
 * Draws the fictional requests of the demo: pure and deterministic (a seeded PRNG), so the
 * same anchor gives the same requests on every machine. `demo-requests.ts` stores them.
 */
const SPAN_DAYS = 548;

export interface DemoRequest {
	receivedAt: Date;
	communeIndex: number;
	workCommuneIndex: number | null;
	channel: RequestChannel;
	status: RequestStatus;
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
	comment: string;
	events: DemoEvent[];
}

function drawRequest(
	random: Random,
	anchor: Date,
	pickCommune: (random: Random) => number
): DemoRequest {
	// Enough recent requests for the queue to have work in it, the rest over 18 months.
	const recent = random.next();
	const ageDays =
		recent < 0.12
			? random.int(0, 13)
			: recent < 0.25
				? random.int(14, 60)
				: random.int(61, SPAN_DAYS - 1);
	const online = random.next();
	const channel: RequestChannel = online < 0.7 ? 'online' : online < 0.9 ? 'phone' : 'desk';
	// Phone and desk requests arrive in opening hours; online ones at any time of the day.
	const minutes = channel === 'online' ? random.int(-120, 12 * 60) : random.int(0, 8 * 60);
	const receivedAt = new Date(
		Math.min(anchor.getTime() - ageDays * DAY + minutes * 60_000, anchor.getTime() - 2 * 3_600_000)
	);
	const received = todayInParis(receivedAt);

	const first = random.pick(FIRST_NAMES);
	const last = random.pick(LAST_NAMES);
	const parentNames = random.chance(0.35)
		? `${first} et ${random.pick(FIRST_NAMES)} ${last}`
		: `${first} ${last}`;
	const appointmentMode: AppointmentMode = random.chance(0.35) ? 'phone' : 'relay';
	const hasEmail = channel === 'online' || random.chance(0.5);
	const hasPhone = channel !== 'online' || appointmentMode === 'phone' || random.chance(0.85);

	const children: DemoRequest['children'] = drawChildren(random, received, {
		single: 0.85,
		two: 0.8,
		supportNo: 0.6
	});
	const expected = children[0]?.expectedBirthDate;
	const desiredStart = expected
		? addMonths(expected, random.int(3, 6))
		: addDays(received, random.int(20, 240));
	const latestStart = random.chance(0.4) ? addMonths(desiredStart, random.int(1, 3)) : null;
	const occasional = random.chance(0.12);
	const { schedule, variable } = drawSchedule(random, occasional);
	const schoolAge = children.some(
		(c) => c.birthDate && monthsBetween(c.birthDate, desiredStart) >= 36
	);
	const periscolaire: PeriscolaireNeed[] =
		schoolAge && random.chance(0.6)
			? random.chance(0.5)
				? ['after_school', 'wednesday']
				: ['before_school', 'after_school']
			: [];

	const status = drawStatus(random, (anchor.getTime() - receivedAt.getTime()) / DAY);
	return {
		receivedAt,
		// Where families live and work follows the communes' population.
		communeIndex: pickCommune(random),
		workCommuneIndex: random.chance(0.3) ? pickCommune(random) : null,
		channel,
		status,
		parentNames,
		email: hasEmail ? `${asciiSlug(first)}.${asciiSlug(last)}@exemple.test` : null,
		// Stored as the request form stores a number: E.164.
		phone: hasPhone ? `+3363998${String(random.int(0, 9_999)).padStart(4, '0')}` : null,
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
		comment: random.chance(0.3) ? random.pick(COMMENTS) : '',
		events: drawEvents(random, status, receivedAt, anchor)
	};
}

/**
 * `count` requests received in the 18 months before `anchor`, oldest first, each from one of
 * the communes whose populations are given (by index), in proportion to them.
 */
export function drawDemoRequests(
	anchor: Date,
	count: number,
	communePopulations: readonly number[]
): DemoRequest[] {
	const random = prng(20_261_120);
	const pickCommune = weightedPicker(communePopulations);
	return Array.from({ length: count }, () => drawRequest(random, anchor, pickCommune)).sort(
		(a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()
	);
}
