import type { RelayStaffUser } from '../auth/session';
import type { Db } from '../db/types';
import { loadAgendaWeek, mondayOf, type AgendaEntry } from './agenda-week';
import { parisDate } from '$lib/time/paris';

export type WeekAppointment = Extract<AgendaEntry, { type: 'appointment' }>;

export interface WeekAppointments {
	weekStart: string;
	weekEnd: string;
	/** The days that hold an appointment, in order, each with its appointments by time. */
	days: { date: string; appointments: WeekAppointment[] }[];
	count: number;
}

const isAppointment = (entry: AgendaEntry): entry is WeekAppointment =>
	entry.type === 'appointment';

/**
 * The staff home's "your appointments this week". It is the agenda's own query
 * (`loadAgendaWeek`: this Paris week, the person's own view) without the free slots, so that
 * the home and the agenda can never disagree again: the home used to say "no appointment
 * this week" while the agenda listed three.
 */
export async function loadWeekAppointments(
	db: Db,
	user: RelayStaffUser,
	now = new Date()
): Promise<WeekAppointments> {
	const week = await loadAgendaWeek(
		db,
		user,
		{ weekStart: mondayOf(parisDate(now)), view: 'mine' },
		now
	);
	const days = week.days
		.map((day) => ({ date: day.date, appointments: day.entries.filter(isAppointment) }))
		.filter((day) => day.appointments.length > 0);
	return {
		weekStart: week.weekStart,
		weekEnd: week.weekEnd,
		days,
		count: days.reduce((n, day) => n + day.appointments.length, 0)
	};
}
