import { and, asc, count, desc, eq, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestChannel, RequestStatus } from '$lib/childcare-request-options';
import { ageAtStart, type AgeAtStart } from '$lib/queue/child-age';
import type { Countdown } from '$lib/queue/countdown';
import { requestStanding, type RequestStanding } from '$lib/queue/request-standing';
import { requestView, type RequestView } from '$lib/requests/request-view';
import {
	onResidence,
	onWork,
	requestViewColumns,
	workCommunes
} from '../requests/request-view-row';
import {
	auditLog,
	childcareRequests,
	communes,
	requestContacts,
	requestEvents,
	requestNotes,
	staffUsers
} from '../db/schema';
import type { Db } from '../db/types';
import { preparedQuery } from '../db/prepared-query';
import { hasStartedAppointment } from '../appointments/appointment-started';
import { APPOINTMENT_ENTITY } from '../appointments/appointment-slot';
import { listRequestAppointments } from '../appointments/request-appointments';
import { loadRequestChildren } from '../requests/request-children';
import { appointmentDeadlineSql, countdownOf } from './appointment-target';
import type { ContactChannel, ContactOutcome } from './contact-log';
import { findPossibleDuplicates, type PossibleDuplicate } from './duplicates';
import { reassignableStatuses, relayCaseworkers } from './reassign-request';
import { isNoteEditable } from './request-notes';
import { isTakeEdge, requestTransitions } from '../requests/lifecycle/state-machine';
import { type StaffActor } from './staff-actor';
import { REQUEST_ENTITY } from '../requests/lifecycle/change-status';
import { countOlderWaiting } from './take-next';
import { otherRelays } from './transfer-request';
import { relayTargetDays } from './relay-target-days';
import { transferableStatuses } from '../requests/lifecycle/state-machine';
import type { RequestEventKind } from '$lib/requests/request-events';
import type { Locale } from '$lib/i18n/locales';

/**
 * Everything the request page shows: what the family sent (their name appears here, not in
 * the queue), where the request stands, its story, the team's notes and calls, the audit
 * history, possible duplicates, and what the person may do next.
 */
export interface RequestFile {
	id: string;
	reference: string;
	status: RequestStatus;
	channel: RequestChannel;
	receivedAt: Date;
	closedAt: Date | null;
	deadline: Date;
	countdown: Countdown;
	/** One status, and beside it only what it does not say (the page's header). */
	standing: RequestStanding;
	targetDays: number;
	assignee: { id: string; name: string } | null;
	family: RequestView['contact'];
	/** The family's language: its mails, invitations and tracking pages speak it. */
	locale: Locale;
	residence: RequestView['residence'];
	work: RequestView['work'];
	children: {
		position: number;
		birthDate: string | null;
		expectedBirthDate: string | null;
		/** Health datum: shown to the relay, which needs it to find care that fits. */
		needsSupport: boolean | null;
		ageAtStart: AgeAtStart;
	}[];
	need: RequestView['need'];
	comment: string;
	/** Set once the family's personal data are erased (requests/rights, requests/retention). */
	anonymisedAt: Date | null;
	events: {
		id: number;
		kind: RequestEventKind;
		at: Date;
		actorName: string | null;
		actorKind: string;
		details: Record<string, unknown>;
	}[];
	notes: {
		id: string;
		body: string;
		authorName: string;
		createdAt: Date;
		updatedAt: Date;
		editable: boolean;
	}[];
	contacts: {
		id: string;
		channel: ContactChannel;
		outcome: ContactOutcome;
		note: string;
		at: Date;
		staffName: string;
	}[];
	/** Newest first. */
	audit: {
		id: number;
		action: string;
		at: Date;
		actorName: string | null;
		actorKind: string;
		details: Record<string, unknown>;
	}[];
	duplicates: PossibleDuplicate[];
	/** Unanswered attempts in the contact log (for closing as unreachable). */
	failedAttempts: number;
	actions: {
		/** Null when the request is not waiting; otherwise how many older requests wait. */
		take: { olderWaiting: number } | null;
		/** The status changes offered on this page (booking an appointment is issue 5's page). */
		transitions: RequestStatus[];
		/** Who the request can be handed to; empty when it cannot be. */
		reassignTo: { id: string; name: string }[];
		/** Admins only, before an appointment. */
		transferTo: { id: string; name: string }[];
	};
}

const assignees = alias(staffUsers, 'assignee');

/** The statuses the request page itself moves a request to (the rest is other pages'). */
const transitionsOfferedHere: readonly RequestStatus[] = ['appointment_held', 'closed_by_relay'];

const requestIdParam = sql.placeholder('requestId');

// The request page's reads of fixed shape, built once per database handle (`preparedQuery`):
// this page runs about fifteen queries on every load.
const eventsQuery = preparedQuery((db) =>
	db
		.select({
			id: requestEvents.id,
			kind: requestEvents.kind,
			at: requestEvents.at,
			actorKind: requestEvents.actorKind,
			actorName: staffUsers.name,
			details: requestEvents.details
		})
		.from(requestEvents)
		.leftJoin(staffUsers, eq(staffUsers.id, requestEvents.actorId))
		.where(eq(requestEvents.requestId, requestIdParam))
		.orderBy(asc(requestEvents.at), asc(requestEvents.id))
		.prepare('request_file_events')
);

const notesQuery = preparedQuery((db) =>
	db
		.select({
			id: requestNotes.id,
			body: requestNotes.body,
			authorId: requestNotes.authorId,
			authorName: staffUsers.name,
			createdAt: requestNotes.createdAt,
			updatedAt: requestNotes.updatedAt
		})
		.from(requestNotes)
		.innerJoin(staffUsers, eq(staffUsers.id, requestNotes.authorId))
		.where(eq(requestNotes.requestId, requestIdParam))
		.orderBy(asc(requestNotes.createdAt), asc(requestNotes.id))
		.prepare('request_file_notes')
);

const contactsQuery = preparedQuery((db) =>
	db
		.select({
			id: requestContacts.id,
			channel: requestContacts.channel,
			outcome: requestContacts.outcome,
			note: requestContacts.note,
			at: requestContacts.at,
			staffName: staffUsers.name
		})
		.from(requestContacts)
		.innerJoin(staffUsers, eq(staffUsers.id, requestContacts.staffId))
		.where(eq(requestContacts.requestId, requestIdParam))
		.orderBy(asc(requestContacts.at), asc(requestContacts.id))
		.prepare('request_file_contacts')
);

const auditQuery = preparedQuery((db) =>
	db
		.select({
			id: auditLog.id,
			action: auditLog.action,
			at: auditLog.at,
			actorKind: auditLog.actorKind,
			actorName: staffUsers.name,
			details: auditLog.details
		})
		.from(auditLog)
		.leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
		.where(
			or(
				and(eq(auditLog.entityType, REQUEST_ENTITY), eq(auditLog.entityId, requestIdParam)),
				// Every change to the request's appointments and offers, by anyone, the family too
				// (index audit_log_appointment_request_idx).
				and(
					eq(auditLog.entityType, APPOINTMENT_ENTITY),
					eq(auditLog.relayId, sql.placeholder('relayId')),
					sql`${auditLog.details}->>'requestId' = ${requestIdParam}`
				)
			)
		)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.prepare('request_file_audit')
);

const failedAttemptsQuery = preparedQuery((db) =>
	db
		.select({ n: count() })
		.from(requestContacts)
		.where(
			and(eq(requestContacts.requestId, requestIdParam), ne(requestContacts.outcome, 'reached'))
		)
		.prepare('request_file_failed_attempts')
);

export async function loadRequestFile(
	db: Db,
	actor: StaffActor,
	reference: string,
	now = new Date()
): Promise<RequestFile | null> {
	const targetDays = await relayTargetDays(db, actor.relayId);
	if (targetDays === null) return null;
	const relay = { targetDays };
	const [row] = await db
		.select({
			...requestViewColumns,
			deadline: appointmentDeadlineSql(relay.targetDays),
			assigneeName: assignees.name
		})
		.from(childcareRequests)
		.innerJoin(communes, onResidence)
		.leftJoin(workCommunes, onWork)
		.leftJoin(assignees, eq(assignees.id, childcareRequests.assignedTo))
		.where(
			and(
				eq(childcareRequests.reference, reference.trim().toUpperCase()),
				eq(childcareRequests.relayId, actor.relayId)
			)
		);
	if (!row) return null;
	const r = row.request;

	const [children, events, notes, contacts, audit, duplicates, started, failed] = await Promise.all(
		[
			loadRequestChildren(db, r.id),
			eventsQuery(db).execute({ requestId: r.id }),
			notesQuery(db).execute({ requestId: r.id }),
			contactsQuery(db).execute({ requestId: r.id }),
			auditQuery(db).execute({ requestId: r.id, relayId: actor.relayId }),
			findPossibleDuplicates(db, r),
			hasStartedAppointment(db, r.id, now),
			failedAttemptsQuery(db).execute({ requestId: r.id })
		]
	);

	const waiting = r.status === 'received' && r.assignedTo === null;
	const reassignable = (reassignableStatuses as readonly RequestStatus[]).includes(r.status);
	const transferable =
		actor.role === 'admin' && (transferableStatuses as readonly RequestStatus[]).includes(r.status);
	const [take, caseworkers, relaysElsewhere, appointments] = await Promise.all([
		waiting
			? countOlderWaiting(db, actor.relayId, r.id).then((olderWaiting) => ({ olderWaiting }))
			: null,
		reassignable ? relayCaseworkers(db, actor.relayId) : [],
		transferable ? otherRelays(db, actor.relayId) : [],
		listRequestAppointments(db, r.id)
	]);
	const countdown = countdownOf(r.status, row.deadline, now);

	const view = requestView(r, { residence: row.residenceName, work: row.workName });
	return {
		id: r.id,
		reference: r.reference,
		status: r.status,
		channel: r.channel,
		receivedAt: r.receivedAt,
		closedAt: r.closedAt,
		deadline: row.deadline,
		countdown,
		standing: requestStanding(
			r.status,
			countdown,
			appointments.map((a) => ({ ...a, placeName: a.place?.name ?? null })),
			now
		),
		targetDays: relay.targetDays,
		assignee:
			r.assignedTo && row.assigneeName ? { id: r.assignedTo, name: row.assigneeName } : null,
		family: view.contact,
		locale: r.locale,
		residence: view.residence,
		work: view.work,
		children: children.map((child) => ({
			...child,
			ageAtStart: ageAtStart(child, r.desiredStart)
		})),
		need: view.need,
		comment: r.comment,
		anonymisedAt: r.anonymisedAt,
		events: events.map((event) => ({ ...event, actorName: event.actorName ?? null })),
		notes: notes.map(({ authorId, ...note }) => ({
			...note,
			editable: isNoteEditable({ authorId, createdAt: note.createdAt }, actor, now)
		})),
		contacts,
		audit: audit.map((entry) => ({ ...entry, actorName: entry.actorName ?? null })),
		duplicates,
		failedAttempts: failed[0]?.n ?? 0,
		actions: {
			take,
			transitions: requestTransitions[r.status].filter(
				(to) =>
					!isTakeEdge(r.status, to) &&
					transitionsOfferedHere.includes(to) &&
					// Held only once the appointment has begun (the state machine refuses it before).
					(to !== 'appointment_held' || started)
			),
			reassignTo: caseworkers.filter((member) => member.id !== r.assignedTo),
			transferTo: relaysElsewhere
		}
	};
}
