import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { communes, relays } from '../../db/schema';
import type { Db } from '../../db/types';
import { isUuid } from '$lib/ids';
import {
	auditActorOfCoordinator,
	COMMUNE_ENTITY,
	INSEE_CODE,
	type CoordinatorActor
} from './commune-coordinator';

/** A commune as the coordinator saw it: the relay it had when the page was shown. */
export interface ShownCommune {
	inseeCode: string;
	/** Null: it was not served. */
	expectedRelayId: string | null;
}

export interface CommuneRef {
	inseeCode: string;
	name: string;
}

export type AssignResult =
	| {
			ok: true;
			/** Null: the communes are left unserved. */
			toRelay: { id: string; name: string } | null;
			/** Given to the relay (or left unserved) now; each has its audit entry. */
			assigned: CommuneRef[];
			/** Already where asked: nothing to do. */
			unchanged: CommuneRef[];
			/** Someone else changed it since the page was shown: left as they set it. */
			changedMeanwhile: CommuneRef[];
	  }
	| { ok: false; refusal: 'invalid_relay' | 'no_commune' };

/** The most communes one form may carry: a page of the list, with room to spare. */
export const MAX_COMMUNES_PER_ASSIGNMENT = 400;

/**
 * Gives communes to a relay (`toRelayId`), or leaves them unserved (null). A commune belongs
 * to at most one relay by construction (one `relay_id` column); what must not happen is a
 * stale page silently undoing another person's change. So each commune is written by a
 * conditional UPDATE, `relay_id is not distinct from <the relay shown>`: a commune changed
 * meanwhile is reported back, never overwritten. One transaction, one audit entry per change.
 */
export async function assignCommunes(
	db: Db,
	coordinator: CoordinatorActor,
	toRelayId: string | null,
	shown: ShownCommune[]
): Promise<AssignResult> {
	const wanted = uniqueByCode(shown).filter(
		(c) => INSEE_CODE.test(c.inseeCode) && (c.expectedRelayId === null || isUuid(c.expectedRelayId))
	);
	if (wanted.length === 0 || wanted.length > MAX_COMMUNES_PER_ASSIGNMENT)
		return { ok: false, refusal: 'no_commune' };
	if (toRelayId !== null && !isUuid(toRelayId)) return { ok: false, refusal: 'invalid_relay' };

	return db.transaction(async (tx) => {
		let toRelay: { id: string; name: string } | null = null;
		if (toRelayId !== null) {
			[toRelay = null] = await tx
				.select({ id: relays.id, name: relays.name })
				.from(relays)
				.where(eq(relays.id, toRelayId));
			if (!toRelay) return { ok: false, refusal: 'invalid_relay' };
		}
		const assigned: CommuneRef[] = [];
		const unchanged: CommuneRef[] = [];
		const changedMeanwhile: CommuneRef[] = [];
		for (const commune of wanted) {
			const [moved] = await tx
				.update(communes)
				.set({ relayId: toRelayId })
				.where(
					and(
						eq(communes.inseeCode, commune.inseeCode),
						sql`${communes.relayId} is not distinct from ${commune.expectedRelayId}::uuid`,
						// Writing the same relay again would be an audit entry for nothing.
						sql`${communes.relayId} is distinct from ${toRelayId}::uuid`
					)
				)
				.returning({ inseeCode: communes.inseeCode, name: communes.name });
			if (moved) {
				assigned.push(moved);
				await recordAssignment(
					tx,
					coordinator,
					moved.inseeCode,
					commune.expectedRelayId,
					toRelayId
				);
				continue;
			}
			const [current] = await tx
				.select({ inseeCode: communes.inseeCode, name: communes.name, relayId: communes.relayId })
				.from(communes)
				.where(eq(communes.inseeCode, commune.inseeCode));
			if (!current) continue;
			const ref = { inseeCode: current.inseeCode, name: current.name };
			if (current.relayId === commune.expectedRelayId && current.relayId === toRelayId)
				unchanged.push(ref);
			else changedMeanwhile.push(ref);
		}
		if (assigned.length + unchanged.length + changedMeanwhile.length === 0)
			return { ok: false, refusal: 'no_commune' };
		return { ok: true, toRelay, assigned, unchanged, changedMeanwhile };
	});
}

/**
 * "Every commune of this EPCI that no relay serves": one conditional UPDATE, so that a
 * commune given to a relay meanwhile is simply not part of it. Communes the référentiel no
 * longer lists are left out: they are to be looked at one by one.
 */
export async function assignUnservedCommunesOfEpci(
	db: Db,
	coordinator: CoordinatorActor,
	epciCode: string,
	toRelayId: string
): Promise<
	| { ok: true; toRelay: { id: string; name: string }; assigned: CommuneRef[] }
	| { ok: false; refusal: 'invalid_relay' }
> {
	if (!isUuid(toRelayId)) return { ok: false, refusal: 'invalid_relay' };
	return db.transaction(async (tx) => {
		const [toRelay] = await tx
			.select({ id: relays.id, name: relays.name })
			.from(relays)
			.where(eq(relays.id, toRelayId));
		if (!toRelay) return { ok: false, refusal: 'invalid_relay' };
		const assigned = await tx
			.update(communes)
			.set({ relayId: toRelayId })
			.where(
				and(
					eq(communes.epciCode, epciCode),
					isNull(communes.relayId),
					isNull(communes.missingFromReferentialSince)
				)
			)
			.returning({ inseeCode: communes.inseeCode, name: communes.name });
		for (const commune of assigned)
			await recordAssignment(tx, coordinator, commune.inseeCode, null, toRelayId, epciCode);
		assigned.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
		return { ok: true, toRelay, assigned };
	});
}

async function recordAssignment(
	db: Db,
	coordinator: CoordinatorActor,
	inseeCode: string,
	fromRelayId: string | null,
	toRelayId: string | null,
	epciCode?: string
) {
	await recordAudit(db, {
		actor: auditActorOfCoordinator(coordinator),
		// The audit log is read per relay: the entry belongs to the relay that gains the commune,
		// or to the one that loses it when it is left unserved.
		relayId: toRelayId ?? fromRelayId,
		action: 'commune.assigned',
		entityType: COMMUNE_ENTITY,
		entityId: inseeCode,
		details: { fromRelayId, toRelayId, ...(epciCode ? { allUnservedOfEpci: epciCode } : {}) }
	});
}

function uniqueByCode(shown: ShownCommune[]): ShownCommune[] {
	const seen = new Map<string, ShownCommune>();
	for (const commune of shown)
		if (!seen.has(commune.inseeCode)) seen.set(commune.inseeCode, commune);
	return [...seen.values()];
}
