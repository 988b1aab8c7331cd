import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { StaffRole } from '$lib/staff-roles';
import { recordAudit } from '../../audit/record-audit';
import {
	appointments,
	auditLog,
	childcareRequests,
	communes,
	familyLists,
	mailOutbox,
	receptionPlaces,
	relays,
	requestChildren,
	requestContacts,
	requestEvents,
	requestFollowUps,
	requestNotes,
	requestOutcomes,
	staffUsers
} from '../../db/schema';
import type { Db } from '../../db/types';
import { APPOINTMENT_ENTITY } from '../../appointments/appointment-slot';
import { REQUEST_ENTITY } from '../lifecycle/change-status';
import { onResidence, onWork, workCommunes } from '../request-view-row';
import { trackingTokenKey } from '../tracking-link';

/**
 * The family's right of access (GDPR art. 15): everything the database holds about one
 * request, found by its tracking token and by nothing else. Internal notes are included (the
 * right covers them); the staff who wrote or did something are named by role only, never by
 * name or email: the family gets its own data, not the team's. An anonymised request, or an
 * unknown token, gives null (404).
 */

/** Who did something on the request, as the family may read it. */
export type DataActor = 'family' | 'system' | StaffRole;

type AuthorIds = { kind: string; id: string | null };

export async function loadFamilyData(db: Db, token: string) {
	return (await collectFamilyData(db, token))?.data ?? null;
}

async function collectFamilyData(db: Db, token: string) {
	const [found] = await db
		.select({
			request: childcareRequests,
			relayName: relays.name,
			residenceName: communes.name,
			workName: workCommunes.name
		})
		.from(childcareRequests)
		.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
		.innerJoin(communes, onResidence)
		.leftJoin(workCommunes, onWork)
		.where(
			and(
				eq(childcareRequests.trackingTokenHash, await trackingTokenKey(db, token)),
				isNull(childcareRequests.anonymisedAt)
			)
		);
	if (!found) return null;
	const r = found.request;
	const id = r.id;

	// One after the other: `db` may be a transaction, which holds one connection.
	const children = await db
		.select()
		.from(requestChildren)
		.where(eq(requestChildren.requestId, id))
		.orderBy(asc(requestChildren.position));
	const events = await db
		.select()
		.from(requestEvents)
		.where(eq(requestEvents.requestId, id))
		.orderBy(asc(requestEvents.at), asc(requestEvents.id));
	const meetings = await db
		.select({
			appointment: appointments,
			placeName: receptionPlaces.name,
			placeAddress: receptionPlaces.address,
			placeAccess: receptionPlaces.accessNotes
		})
		.from(appointments)
		.leftJoin(receptionPlaces, eq(receptionPlaces.id, appointments.placeId))
		.where(eq(appointments.requestId, id))
		.orderBy(asc(appointments.startsAt), asc(appointments.id));
	const contacts = await db
		.select()
		.from(requestContacts)
		.where(eq(requestContacts.requestId, id))
		.orderBy(asc(requestContacts.at), asc(requestContacts.id));
	const notes = await db
		.select()
		.from(requestNotes)
		.where(eq(requestNotes.requestId, id))
		.orderBy(asc(requestNotes.createdAt), asc(requestNotes.id));
	const lists = await db
		.select()
		.from(familyLists)
		.where(eq(familyLists.requestId, id))
		.orderBy(asc(familyLists.givenAt), asc(familyLists.id));
	const outcomes = await db
		.select()
		.from(requestOutcomes)
		.where(eq(requestOutcomes.requestId, id))
		.orderBy(asc(requestOutcomes.recordedAt), asc(requestOutcomes.id));
	const followUps = await db
		.select()
		.from(requestFollowUps)
		.where(eq(requestFollowUps.requestId, id))
		.orderBy(asc(requestFollowUps.stage));
	const mails = await db
		.select()
		.from(mailOutbox)
		.where(eq(mailOutbox.requestId, id))
		.orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
	// Who did what to the request and its appointments (the log holds no free text).
	const audit = await db
		.select({
			action: auditLog.action,
			at: auditLog.at,
			actorKind: auditLog.actorKind,
			actorId: auditLog.actorId
		})
		.from(auditLog)
		.where(
			or(
				and(eq(auditLog.entityType, REQUEST_ENTITY), eq(auditLog.entityId, id)),
				and(
					eq(auditLog.entityType, APPOINTMENT_ENTITY),
					sql`${auditLog.details}->>'requestId' = ${id}`
				)
			)
		)
		.orderBy(asc(auditLog.at), asc(auditLog.id));
	const roles = await staffRolesOf(db, [
		...audit.map((a) => a.actorId),
		...events.map((e) => e.actorId),
		...meetings.map((m) => m.appointment.animatorId),
		...contacts.map((c) => c.staffId),
		...notes.map((n) => n.authorId),
		...lists.map((l) => l.givenBy)
	]);

	const roleOf = ({ kind, id: staffId }: AuthorIds): DataActor => {
		if (kind === 'family' || kind === 'system') return kind;
		return (staffId && roles.get(staffId)) || 'animator';
	};

	const data = {
		request: {
			reference: r.reference,
			status: r.status,
			channel: r.channel,
			relay: found.relayName,
			receivedAt: r.receivedAt,
			updatedAt: r.updatedAt,
			closedAt: r.closedAt,
			closureReason: r.closureReason,
			retentionUntil: r.retentionUntil,
			consentAt: r.consentAt,
			noticeVersion: r.noticeVersion
		},
		contact: {
			parentNames: r.parentNames,
			email: r.email,
			phone: r.phone,
			appointmentMode: r.appointmentMode,
			contactTimes: r.contactTimes,
			homeLanguage: r.homeLanguage
		},
		communes: {
			residence: { insee: r.residenceInsee, name: found.residenceName },
			work: r.workInsee ? { insee: r.workInsee, name: found.workName } : null
		},
		need: {
			desiredStart: r.desiredStart,
			latestStart: r.latestStart,
			regularity: r.regularity,
			weeklySchedule: r.weeklySchedule,
			variableHours: r.variableHours,
			atypicalEarly: r.atypicalEarly,
			atypicalLate: r.atypicalLate,
			atypicalSaturday: r.atypicalSaturday,
			atypicalSunday: r.atypicalSunday,
			atypicalNight: r.atypicalNight,
			periscolaire: r.periscolaire,
			careKinds: r.careKinds,
			comment: r.comment
		},
		children: children.map((c) => ({
			position: c.position,
			birthDate: c.birthDate,
			expectedBirthDate: c.expectedBirthDate,
			needsSupport: c.needsSupport,
			ageBand: c.ageBand
		})),
		events: events.map((e) => ({
			kind: e.kind,
			at: e.at,
			by: roleOf({ kind: e.actorKind, id: e.actorId }),
			visibleToFamily: e.visibleToFamily,
			details: e.details
		})),
		appointments: meetings.map(({ appointment: a, placeName, placeAddress, placeAccess }) => ({
			kind: a.kind,
			status: a.status,
			startsAt: a.startsAt,
			endsAt: a.endsAt,
			place:
				placeName !== null && placeAddress !== null
					? { name: placeName, address: placeAddress, accessNotes: placeAccess ?? '' }
					: null,
			phone: a.phone,
			bookedAt: a.bookedAt,
			offerExpiresAt: a.offerExpiresAt,
			with: roleOf({ kind: 'staff', id: a.animatorId })
		})),
		contacts: contacts.map((c) => ({
			at: c.at,
			channel: c.channel,
			outcome: c.outcome,
			note: c.note,
			by: roleOf({ kind: 'staff', id: c.staffId })
		})),
		notes: notes.map((n) => ({
			createdAt: n.createdAt,
			updatedAt: n.updatedAt,
			body: n.body,
			by: roleOf({ kind: 'staff', id: n.authorId })
		})),
		familyLists: lists.map((l) => ({
			givenAt: l.givenAt,
			by: roleOf({ kind: 'staff', id: l.givenBy }),
			filters: l.filters,
			entries: l.entries,
			structures: l.structures
		})),
		outcomes: outcomes.map((o) => ({
			recordedAt: o.recordedAt,
			source: o.source,
			found: o.found,
			careKind: o.careKind,
			startDate: o.startDate,
			fromRelayList: o.fromRelayList,
			noSolutionReason: o.noSolutionReason,
			followUpStage: o.followUpStage,
			reopenedAt: o.reopenedAt
		})),
		followUps: followUps.map((f) => ({
			stage: f.stage,
			sentAt: f.sentAt,
			answer: f.answer,
			answeredAt: f.answeredAt
		})),
		audit: audit.map((a) => ({
			action: a.action,
			at: a.at,
			by: roleOf({ kind: a.actorKind, id: a.actorId })
		})),
		mails: mails.map((mail) => ({
			createdAt: mail.createdAt,
			status: mail.status,
			sentAt: mail.sentAt,
			to: mail.to,
			subject: mail.subject,
			text: mail.text,
			attachments: mail.attachments.map((a) => a.filename)
		}))
	};
	return { requestId: id, relayId: r.relayId, data };
}

export type FamilyData = NonNullable<Awaited<ReturnType<typeof loadFamilyData>>>;

/** The role of every staff member who appears on the request (their names stay out). */
async function staffRolesOf(
	db: Db,
	ids: readonly (string | null)[]
): Promise<Map<string, StaffRole>> {
	const known = [...new Set(ids.filter((id) => id !== null))];
	if (known.length === 0) return new Map();
	const rows = await db
		.select({ id: staffUsers.id, role: staffUsers.role })
		.from(staffUsers)
		.where(inArray(staffUsers.id, known));
	return new Map(rows.map((row) => [row.id, row.role]));
}

/**
 * The JSON download: the same data, and an audit entry saying that the family took a copy
 * (when, not what). Only the download is logged, not the page: a GET that only shows data
 * writes nothing (CONVENTIONS), and the file is what leaves the service.
 */
export async function downloadFamilyData(db: Db, token: string, now = new Date()) {
	const found = await collectFamilyData(db, token);
	if (!found) return null;
	await recordAudit(db, {
		actor: { kind: 'family' },
		relayId: found.relayId,
		action: 'request.data_downloaded',
		entityType: REQUEST_ENTITY,
		entityId: found.requestId
	});
	return { exportedAt: now, ...found.data };
}
