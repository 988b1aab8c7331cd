import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type {
	AvailabilityRuleInput,
	ReceptionPlaceInput,
	RelayClosureInput,
	StaffAbsenceInput
} from '$lib/forms/availability';
import { recordAudit } from '../audit/record-audit';
import type { RelayStaffUser } from '../auth/session';
import {
	availabilityRules,
	receptionPlaces,
	relayClosures,
	staffAbsences,
	staffUsers
} from '../db/schema';
import type { Database, Db } from '../db/types';

/**
 * What the admin of a relay sets so that slots can be computed: reception places, weekly
 * rules per person, absences and closures. Every function is scoped to the admin's relay: a
 * row of another relay is "not found", exactly like a missing one. Every change is audited
 * in the transaction that makes it.
 */
export type SettingResult<T = object> =
	({ ok: true } & T) | { ok: false; reason: 'not_found' | 'person' | 'place' };

/** People who can hold appointments: active animators and admins of the relay. */
export async function listBookableStaff(db: Db, relayId: string) {
	return db
		.select({ id: staffUsers.id, name: staffUsers.name })
		.from(staffUsers)
		.where(
			and(
				eq(staffUsers.relayId, relayId),
				eq(staffUsers.active, true),
				inArray(staffUsers.role, ['animator', 'admin'])
			)
		)
		.orderBy(asc(staffUsers.name));
}

export async function listReceptionPlaces(db: Db, relayId: string) {
	return db
		.select()
		.from(receptionPlaces)
		.where(eq(receptionPlaces.relayId, relayId))
		.orderBy(asc(receptionPlaces.name), asc(receptionPlaces.id));
}

/** The settings page: active rules, absences and closures not over yet (Paris `today`). */
export async function loadAvailabilitySettings(db: Db, relayId: string, today: string) {
	const [team, places, rules, absences, closures] = await Promise.all([
		listBookableStaff(db, relayId),
		listReceptionPlaces(db, relayId),
		db
			.select({
				id: availabilityRules.id,
				animatorId: availabilityRules.animatorId,
				animatorName: staffUsers.name,
				weekday: availabilityRules.weekday,
				startTime: availabilityRules.startTime,
				endTime: availabilityRules.endTime,
				kind: availabilityRules.kind,
				placeId: availabilityRules.placeId,
				slotMinutes: availabilityRules.slotMinutes,
				validFrom: availabilityRules.validFrom,
				validUntil: availabilityRules.validUntil
			})
			.from(availabilityRules)
			.innerJoin(staffUsers, eq(staffUsers.id, availabilityRules.animatorId))
			.where(and(eq(availabilityRules.relayId, relayId), eq(availabilityRules.active, true)))
			.orderBy(
				asc(staffUsers.name),
				asc(availabilityRules.weekday),
				asc(availabilityRules.startTime),
				asc(availabilityRules.id)
			),
		db
			.select({
				id: staffAbsences.id,
				staffId: staffAbsences.staffId,
				staffName: staffUsers.name,
				startsOn: staffAbsences.startsOn,
				endsOn: staffAbsences.endsOn,
				note: staffAbsences.note
			})
			.from(staffAbsences)
			.innerJoin(staffUsers, eq(staffUsers.id, staffAbsences.staffId))
			.where(and(eq(staffAbsences.relayId, relayId), gte(staffAbsences.endsOn, today)))
			.orderBy(asc(staffAbsences.startsOn), asc(staffUsers.name), asc(staffAbsences.id)),
		db
			.select()
			.from(relayClosures)
			.where(and(eq(relayClosures.relayId, relayId), gte(relayClosures.endsOn, today)))
			.orderBy(asc(relayClosures.startsOn), asc(relayClosures.id))
	]);
	const placeNames = new Map(places.map((p) => [p.id, p.name]));
	return {
		team,
		places: places.filter((p) => p.active),
		rules: rules.map((r) => ({
			...r,
			placeName: r.placeId ? (placeNames.get(r.placeId) ?? null) : null
		})),
		absences,
		closures
	};
}

const audit = (
	db: Db,
	admin: RelayStaffUser,
	action: string,
	entityType: string,
	entityId: string,
	details: Record<string, unknown>
) =>
	recordAudit(db, {
		actor: { kind: 'staff', userId: admin.id },
		relayId: admin.relayId,
		action,
		entityType,
		entityId,
		details
	});

// ---- Reception places --------------------------------------------------------------------

export async function createReceptionPlace(
	db: Database,
	admin: RelayStaffUser,
	input: ReceptionPlaceInput
): Promise<SettingResult<{ id: string }>> {
	return db.transaction(async (tx) => {
		const [place] = await tx
			.insert(receptionPlaces)
			.values({ relayId: admin.relayId, ...input })
			.returning({ id: receptionPlaces.id });
		if (!place) throw new Error('reception place not inserted');
		await audit(tx, admin, 'reception_place.created', 'reception_place', place.id, { ...input });
		return { ok: true as const, id: place.id };
	});
}

export async function findReceptionPlace(db: Db, relayId: string, placeId: string) {
	const [place] = await db
		.select()
		.from(receptionPlaces)
		.where(and(eq(receptionPlaces.id, placeId), eq(receptionPlaces.relayId, relayId)));
	return place ?? null;
}

export async function updateReceptionPlace(
	db: Database,
	admin: RelayStaffUser,
	placeId: string,
	input: ReceptionPlaceInput
): Promise<SettingResult> {
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(receptionPlaces)
			.where(and(eq(receptionPlaces.id, placeId), eq(receptionPlaces.relayId, admin.relayId)))
			.for('update');
		if (!before) return { ok: false as const, reason: 'not_found' as const };
		await tx.update(receptionPlaces).set(input).where(eq(receptionPlaces.id, before.id));
		const { name, address, accessNotes } = before;
		await audit(tx, admin, 'reception_place.updated', 'reception_place', before.id, {
			from: { name, address, accessNotes },
			to: { ...input }
		});
		return { ok: true as const };
	});
}

/** A closed place stays on the rules and appointments that name it; it is no longer offered for new rules. */
export async function setReceptionPlaceActive(
	db: Database,
	admin: RelayStaffUser,
	placeId: string,
	active: boolean
): Promise<SettingResult> {
	return db.transaction(async (tx) => {
		const [place] = await tx
			.update(receptionPlaces)
			.set({ active })
			.where(and(eq(receptionPlaces.id, placeId), eq(receptionPlaces.relayId, admin.relayId)))
			.returning({ id: receptionPlaces.id });
		if (!place) return { ok: false as const, reason: 'not_found' as const };
		await audit(
			tx,
			admin,
			active ? 'reception_place.reactivated' : 'reception_place.deactivated',
			'reception_place',
			place.id,
			{}
		);
		return { ok: true as const };
	});
}

// ---- Weekly rules ------------------------------------------------------------------------

async function isBookableMember(db: Db, relayId: string, staffId: string): Promise<boolean> {
	const members = await listBookableStaff(db, relayId);
	return members.some((member) => member.id === staffId);
}

export async function addAvailabilityRule(
	db: Database,
	admin: RelayStaffUser,
	input: AvailabilityRuleInput
): Promise<SettingResult<{ id: string }>> {
	return db.transaction(async (tx) => {
		if (!(await isBookableMember(tx, admin.relayId, input.animatorId)))
			return { ok: false as const, reason: 'person' as const };
		if (input.placeId) {
			const [place] = await tx
				.select({ id: receptionPlaces.id })
				.from(receptionPlaces)
				.where(
					and(
						eq(receptionPlaces.id, input.placeId),
						eq(receptionPlaces.relayId, admin.relayId),
						eq(receptionPlaces.active, true)
					)
				);
			if (!place) return { ok: false as const, reason: 'place' as const };
		}
		const [rule] = await tx
			.insert(availabilityRules)
			.values({ relayId: admin.relayId, ...input })
			.returning({ id: availabilityRules.id });
		if (!rule) throw new Error('availability rule not inserted');
		await audit(tx, admin, 'availability_rule.created', 'availability_rule', rule.id, { ...input });
		return { ok: true as const, id: rule.id };
	});
}

/** Rules are deactivated, not deleted: the audit log and past appointments keep their meaning. */
export async function deactivateAvailabilityRule(
	db: Database,
	admin: RelayStaffUser,
	ruleId: string
): Promise<SettingResult> {
	return db.transaction(async (tx) => {
		const [rule] = await tx
			.update(availabilityRules)
			.set({ active: false })
			.where(
				and(
					eq(availabilityRules.id, ruleId),
					eq(availabilityRules.relayId, admin.relayId),
					eq(availabilityRules.active, true)
				)
			)
			.returning({ id: availabilityRules.id, animatorId: availabilityRules.animatorId });
		if (!rule) return { ok: false as const, reason: 'not_found' as const };
		await audit(tx, admin, 'availability_rule.deactivated', 'availability_rule', rule.id, {
			animatorId: rule.animatorId
		});
		return { ok: true as const };
	});
}

// ---- Absences and closures ---------------------------------------------------------------

export async function addStaffAbsence(
	db: Database,
	admin: RelayStaffUser,
	input: StaffAbsenceInput
): Promise<SettingResult<{ id: string }>> {
	return db.transaction(async (tx) => {
		if (!(await isBookableMember(tx, admin.relayId, input.staffId)))
			return { ok: false as const, reason: 'person' as const };
		const [absence] = await tx
			.insert(staffAbsences)
			.values({ relayId: admin.relayId, ...input })
			.returning({ id: staffAbsences.id });
		if (!absence) throw new Error('absence not inserted');
		await audit(tx, admin, 'staff_absence.created', 'staff_absence', absence.id, { ...input });
		return { ok: true as const, id: absence.id };
	});
}

export async function removeStaffAbsence(
	db: Database,
	admin: RelayStaffUser,
	absenceId: string
): Promise<SettingResult> {
	return db.transaction(async (tx) => {
		const [absence] = await tx
			.delete(staffAbsences)
			.where(and(eq(staffAbsences.id, absenceId), eq(staffAbsences.relayId, admin.relayId)))
			.returning();
		if (!absence) return { ok: false as const, reason: 'not_found' as const };
		const { staffId, startsOn, endsOn, note } = absence;
		await audit(tx, admin, 'staff_absence.removed', 'staff_absence', absence.id, {
			staffId,
			startsOn,
			endsOn,
			note
		});
		return { ok: true as const };
	});
}

export async function addRelayClosure(
	db: Database,
	admin: RelayStaffUser,
	input: RelayClosureInput
): Promise<SettingResult<{ id: string }>> {
	return db.transaction(async (tx) => {
		const [closure] = await tx
			.insert(relayClosures)
			.values({ relayId: admin.relayId, ...input })
			.returning({ id: relayClosures.id });
		if (!closure) throw new Error('closure not inserted');
		await audit(tx, admin, 'relay_closure.created', 'relay_closure', closure.id, { ...input });
		return { ok: true as const, id: closure.id };
	});
}

export async function removeRelayClosure(
	db: Database,
	admin: RelayStaffUser,
	closureId: string
): Promise<SettingResult> {
	return db.transaction(async (tx) => {
		const [closure] = await tx
			.delete(relayClosures)
			.where(and(eq(relayClosures.id, closureId), eq(relayClosures.relayId, admin.relayId)))
			.returning();
		if (!closure) return { ok: false as const, reason: 'not_found' as const };
		const { startsOn, endsOn, label } = closure;
		await audit(tx, admin, 'relay_closure.removed', 'relay_closure', closure.id, {
			startsOn,
			endsOn,
			label
		});
		return { ok: true as const };
	});
}
