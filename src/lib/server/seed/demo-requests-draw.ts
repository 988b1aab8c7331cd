import type {
	AppointmentMode,
	CancellationReason,
	CareKind,
	PeriscolaireNeed,
	RequestChannel,
	RequestStatus,
	WeeklySchedule
} from '$lib/childcare-request-options';
import { careKinds as allCareKinds } from '$lib/childcare-request-options';
import { addDays, addMonths, monthsBetween } from '$lib/time/calendar-date';
import { todayInParis } from '$lib/time/paris';
import { DAY_MS as DAY } from '$lib/time/durations';
import type { RequestEventKind } from '$lib/requests/request-events';

/**
 * Draws the fictional requests of the demo: pure and deterministic (a seeded PRNG), so the
 * same anchor gives the same requests on every machine. `demo-requests.ts` stores them.
 */
const SPAN_DAYS = 548;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		const item = items[Math.floor(next() * items.length)];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	};
	return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof prng>;

const FIRST_NAMES = [
	'Camille',
	'Léa',
	'Thomas',
	'Inès',
	'Mehdi',
	'Sarah',
	'Julien',
	'Aïcha',
	'Nicolas',
	'Manon',
	'Youssef',
	'Chloé',
	'Hugo',
	'Fatou',
	'Maxime',
	'Élodie',
	'Kevin',
	'Pauline',
	'Antoine',
	'Mélanie',
	'Rania',
	'Baptiste',
	'Océane',
	'Lucas',
	'Gwenaëlle',
	'Erwan',
	'Nolwenn',
	'Tiphaine'
];
const LAST_NAMES = [
	'Le Gall',
	'Martin',
	'Bernard',
	'Diallo',
	'Nguyen',
	'Moreau',
	'Le Bihan',
	'Petit',
	'Durand',
	'Rousseau',
	'Benali',
	'Garnier',
	'Lemoine',
	'Le Roux',
	'Fontaine',
	'Morel',
	'Girard',
	'Kerbrat',
	'Da Silva',
	'Haddad',
	'Lefort',
	'Guérin',
	'Bouvier',
	'Jaouen',
	'Cadiou'
];
const CONTACT_TIMES = [
	'',
	'',
	'en semaine après 17 h',
	'le matin avant 9 h',
	'le mercredi',
	'à l’heure du déjeuner'
];
const LANGUAGES = [
	'',
	'',
	'',
	'',
	'',
	'',
	'arabe',
	'anglais',
	'portugais',
	'wolof',
	'turc',
	'vietnamien'
];
const COMMENTS = [
	'Je reprends le travail à la fin de mon congé parental.',
	'Nous travaillons tous les deux en horaires décalés à l’hôpital.',
	'Nous cherchons si possible près de l’école du grand frère.',
	'Notre fils a une allergie alimentaire, à voir ensemble.',
	'Je suis en formation trois jours par semaine.',
	'Nous venons d’arriver dans la commune.'
];
const CANCEL_REASONS: CancellationReason[] = [
	'found_elsewhere',
	'found_elsewhere',
	'no_longer_needed',
	'other'
];

const asciiSlug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]+/g, '-')
		.replace(/^-|-$/g, '');
const time = (minutes: number) =>
	`${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function drawSchedule(
	random: Random,
	occasional: boolean
): { schedule: WeeklySchedule; variable: boolean } {
	const schedule: WeeklySchedule = {
		mon: null,
		tue: null,
		wed: null,
		thu: null,
		fri: null,
		sat: null,
		sun: null
	};
	const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
	const r = random.next();
	if (r < 0.03) return { schedule, variable: true };
	let start = random.int(30, 36) * 15; // 07:30 … 09:00
	let end = random.int(66, 74) * 15; // 16:30 … 18:30
	let days: readonly (typeof weekdays)[number][] = weekdays;
	if (occasional) days = [random.pick(weekdays), random.pick(weekdays)];
	else if (r < 0.25) days = ['mon', 'tue', 'thu', 'fri'];
	else if (r < 0.35) days = weekdays.filter(() => random.chance(0.6));
	else if (r < 0.47)
		start = random.int(24, 27) * 15; // 06:00 … 06:45: early
	else if (r < 0.55) end = random.int(78, 84) * 15; // 19:30 … 21:00: late
	if (days.length === 0) days = ['tue'];
	const night = !occasional && r >= 0.55 && r < 0.58;
	for (const day of days) {
		schedule[day] = night
			? { start: '21:00', end: '07:00' }
			: { start: time(start), end: time(end) };
	}
	if (!occasional && r >= 0.58 && r < 0.65) schedule.sat = { start: '08:00', end: '13:00' };
	if (night && random.chance(0.5)) schedule.sun = { start: '21:00', end: '07:00' };
	return { schedule, variable: false };
}

function drawCareKinds(random: Random): CareKind[] {
	if (random.chance(0.1)) return ['no_preference'];
	const odds: Partial<Record<CareKind, number>> = {
		childminder_home: 0.6,
		creche: 0.45,
		mam: 0.25,
		micro_creche: 0.15,
		creche_familiale: 0.08,
		home_carer: 0.05,
		shared_home_carer: 0.04
	};
	const chosen = allCareKinds.filter((kind) => random.chance(odds[kind] ?? 0));
	return chosen.length > 0 ? chosen : ['childminder_home'];
}

/** How far a request of that age has gone, and how it ended if it did. */
function drawStatus(random: Random, ageDays: number): RequestStatus {
	const r = random.next();
	if (ageDays < 7) return r < 0.75 ? 'received' : 'in_progress';
	if (ageDays < 20) {
		return r < 0.3
			? 'in_progress'
			: r < 0.7
				? 'appointment_booked'
				: r < 0.95
					? 'appointment_held'
					: 'cancelled_by_family';
	}
	if (ageDays < 60) {
		return r < 0.5
			? 'appointment_held'
			: r < 0.8
				? 'solution_recorded'
				: r < 0.92
					? 'cancelled_by_family'
					: 'closed_without_solution';
	}
	return r < 0.65
		? 'solution_recorded'
		: r < 0.77
			? 'closed_without_solution'
			: r < 0.92
				? 'cancelled_by_family'
				: 'closed_by_relay';
}

export interface DemoEvent {
	kind: RequestEventKind;
	at: Date;
	staff: boolean;
	visible?: boolean;
	details?: Record<string, unknown>;
}

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
	children: {
		birthDate: string | null;
		expectedBirthDate: string | null;
		needsSupport: boolean | null;
	}[];
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

function drawRequest(random: Random, anchor: Date, communeCount: number): DemoRequest {
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

	const childCount = random.chance(0.85) ? 1 : random.chance(0.8) ? 2 : 3;
	const expectedFirst = random.chance(0.3);
	const children: DemoRequest['children'] = [];
	for (let position = 1; position <= childCount; position++) {
		const needsSupport = random.chance(0.05) ? true : random.chance(0.6) ? false : null;
		if (position === 1 && expectedFirst) {
			children.push({
				birthDate: null,
				expectedBirthDate: addDays(received, random.int(20, 240)),
				needsSupport
			});
		} else {
			const olderBy = position === 1 ? random.int(7, 900) : random.int(365, 2_500);
			children.push({
				birthDate: addDays(received, -olderBy),
				expectedBirthDate: null,
				needsSupport
			});
		}
	}
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
		communeIndex: random.int(0, communeCount - 1),
		workCommuneIndex: random.chance(0.3) ? random.int(0, communeCount - 1) : null,
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

/** How many of the appointment steps (proposed, booked, held) each status went through. */
function appointmentDepth(random: Random, status: RequestStatus): number {
	switch (status) {
		case 'received':
			return 0;
		case 'in_progress':
			return random.int(0, 1);
		case 'appointment_booked':
			return 2;
		case 'appointment_held':
		case 'solution_recorded':
		case 'closed_without_solution':
			return 3;
		case 'closed_by_relay':
			return random.int(0, 1);
		case 'cancelled_by_family':
			return random.int(0, 3);
	}
}

/** The story behind a status; every date falls between the arrival and the anchor. */
function drawEvents(
	random: Random,
	status: RequestStatus,
	receivedAt: Date,
	anchor: Date
): DemoEvent[] {
	const latest = anchor.getTime() - 3_600_000;
	let clock = receivedAt.getTime();
	const after = (minDays: number, maxDays: number) => {
		const step = random.int(minDays * 24, maxDays * 24) * 3_600_000;
		clock = Math.max(clock, Math.min(latest, clock + step));
		return new Date(clock);
	};
	const events: DemoEvent[] = [{ kind: 'received', at: receivedAt, staff: false }];
	const depth = appointmentDepth(random, status);
	if (depth >= 1) events.push({ kind: 'appointment_proposed', at: after(1, 4), staff: true });
	if (depth >= 2) events.push({ kind: 'appointment_booked', at: after(0, 2), staff: true });
	if (depth >= 3) {
		events.push({ kind: 'appointment_held', at: after(2, 6), staff: true, visible: false });
		events.push({ kind: 'list_given', at: new Date(clock), staff: true });
	}
	switch (status) {
		case 'solution_recorded':
			events.push({ kind: 'solution_recorded', at: after(10, 60), staff: true });
			events.push({ kind: 'closed', at: new Date(clock), staff: true });
			break;
		case 'closed_without_solution':
			events.push({
				kind: 'closed',
				at: after(30, 90),
				staff: true,
				details: { outcome: 'no_solution' }
			});
			break;
		case 'closed_by_relay':
			events.push({
				kind: 'closed',
				at: after(30, 60),
				staff: true,
				details: { outcome: 'no_answer' }
			});
			break;
		case 'cancelled_by_family':
			events.push({
				kind: 'cancelled_by_family',
				at: after(1, 30),
				staff: false,
				details: { reason: random.pick(CANCEL_REASONS) }
			});
			break;
		default:
			break;
	}
	return events;
}

/** `count` requests received in the 18 months before `anchor`, oldest first. */
export function drawDemoRequests(anchor: Date, count: number, communeCount: number): DemoRequest[] {
	const random = prng(20_261_120);
	return Array.from({ length: count }, () => drawRequest(random, anchor, communeCount)).sort(
		(a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()
	);
}
