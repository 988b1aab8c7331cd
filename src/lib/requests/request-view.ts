import type {
	AppointmentMode,
	CareKind,
	PeriscolaireNeed,
	Regularity,
	WeeklySchedule
} from '$lib/childcare-request-options';
import type { AtypicalFlags } from './atypical-hours';
import type { RequestSummarySource } from './request-summary';

/**
 * A stored request as the pages and mails show it: how to reach the family, where they live
 * and work, and what they need. Read from the row in one place, so that the request page,
 * the tracking page and the confirmation mail cannot drift apart.
 */

/** How to reach the family. */
export interface RequestContact {
	parentNames: string;
	email: string | null;
	phone: string | null;
	appointmentMode: AppointmentMode;
	contactTimes: string;
	homeLanguage: string;
}

/** What the family needs, with the atypical hours derived from the grid. */
export interface RequestNeed {
	desiredStart: string;
	latestStart: string | null;
	regularity: Regularity;
	weeklySchedule: WeeklySchedule;
	variableHours: boolean;
	atypical: AtypicalFlags;
	periscolaire: PeriscolaireNeed[];
	careKinds: CareKind[];
}

export interface CommuneRef {
	inseeCode: string;
	name: string;
}

export interface RequestView {
	contact: RequestContact;
	residence: CommuneRef;
	work: CommuneRef | null;
	need: RequestNeed;
}

/** The columns of a stored need (table childcare_requests): one column per atypical flag. */
export type StoredNeed = Omit<RequestNeed, 'atypical'> & {
	atypicalEarly: boolean;
	atypicalLate: boolean;
	atypicalSaturday: boolean;
	atypicalSunday: boolean;
	atypicalNight: boolean;
};

/** The columns of a stored request the view reads. */
export type StoredRequestView = RequestContact &
	StoredNeed & { residenceInsee: string; workInsee: string | null };

export function needOf(row: StoredNeed): RequestNeed {
	return {
		desiredStart: row.desiredStart,
		latestStart: row.latestStart,
		regularity: row.regularity,
		weeklySchedule: row.weeklySchedule,
		variableHours: row.variableHours,
		atypical: {
			early: row.atypicalEarly,
			late: row.atypicalLate,
			saturday: row.atypicalSaturday,
			sunday: row.atypicalSunday,
			night: row.atypicalNight
		},
		periscolaire: row.periscolaire,
		careKinds: row.careKinds
	};
}

/**
 * The view of a stored request; `communeNames` are the names of its residence and work
 * communes (a code stands for a name that is not found).
 */
export function requestView(
	row: StoredRequestView,
	communeNames: { residence: string; work: string | null }
): RequestView {
	return {
		contact: {
			parentNames: row.parentNames,
			email: row.email,
			phone: row.phone,
			appointmentMode: row.appointmentMode,
			contactTimes: row.contactTimes,
			homeLanguage: row.homeLanguage
		},
		residence: { inseeCode: row.residenceInsee, name: communeNames.residence },
		work: row.workInsee
			? { inseeCode: row.workInsee, name: communeNames.work ?? row.workInsee }
			: null,
		need: needOf(row)
	};
}

/** What the shared summary (request-summary.ts) is made from: a view and the children. */
export function summarySourceOf(
	view: Pick<RequestView, 'residence' | 'work' | 'need'> & {
		contact: Pick<RequestContact, 'appointmentMode'>;
	},
	children: RequestSummarySource['children']
): RequestSummarySource {
	return {
		...view.need,
		children,
		residenceName: view.residence.name,
		workName: view.work?.name ?? null,
		appointmentMode: view.contact.appointmentMode
	};
}
