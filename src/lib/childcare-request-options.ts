/**
 * The closed lists of a childcare request, shared by the form (client), the server and the
 * database enums. Every kind of care is listed without opposing individual and collective care.
 */
export const careKinds = [
	'childminder_home',
	'mam',
	'creche',
	'micro_creche',
	'creche_familiale',
	'home_carer',
	'shared_home_carer',
	'no_preference'
] as const;
export type CareKind = (typeof careKinds)[number];

/** How a request reached the relay; 'monenfant' = forwarded by the national portal monenfant.fr. */
export const requestChannels = ['online', 'phone', 'desk', 'monenfant'] as const;
export type RequestChannel = (typeof requestChannels)[number];

export const appointmentModes = ['relay', 'phone'] as const;
export type AppointmentMode = (typeof appointmentModes)[number];

export const regularities = ['regular', 'occasional'] as const;
export type Regularity = (typeof regularities)[number];

/**
 * The life of a request (issue 4 enforces the transitions):
 * received → in_progress → appointment_booked → appointment_held → solution_recorded |
 * closed_without_solution; or cancelled_by_family; or closed_by_relay.
 */
export const requestStatuses = [
	'received',
	'in_progress',
	'appointment_booked',
	'appointment_held',
	'solution_recorded',
	'closed_without_solution',
	'cancelled_by_family',
	'closed_by_relay'
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof weekDays)[number];

/** One day of the weekly grid: none, or start and end as "HH:MM" (end ≤ start: overnight). */
export type DaySlot = { start: string; end: string } | null;
export type WeeklySchedule = Record<WeekDay, DaySlot>;

export const periscolaireNeeds = [
	'before_school',
	'after_school',
	'wednesday',
	'school_holidays'
] as const;
export type PeriscolaireNeed = (typeof periscolaireNeeds)[number];

/** Why a family cancels its request: what it picks on its tracking page. */
export const familyCancellationReasons = ['found_elsewhere', 'no_longer_needed', 'other'] as const;
/** …and `erasure`: the family asked for its data to be erased (requests/rights), not a choice. */
export const cancellationReasons = [...familyCancellationReasons, 'erasure'] as const;
export type CancellationReason = (typeof cancellationReasons)[number];
