import { and, asc, eq, inArray, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { Db, Transaction } from '../db/types';
import { communes, epcis, relays } from '../db/schema';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { packageReferential, type ReferentialSource } from './referential-source';

export interface LoadCounts {
	added: number;
	updated: number;
	unchanged: number;
}

/** A commune of the deployment the référentiel no longer lists: kept, and shown to a person. */
export interface MissingCommune {
	inseeCode: string;
	name: string;
	since: Date;
	relay: { id: string; name: string } | null;
}

export interface ReferentialReport {
	departements: string[];
	/** The référentiel's edition, when the source names it. */
	version: string | null;
	epcis: LoadCounts;
	communes: LoadCounts;
	/** Every commune of these départements missing from the référentiel, newly or not. */
	missing: MissingCommune[];
	/** Communes listed again after having been missing (their mark is cleared). */
	back: string[];
	/** Communes of the référentiel with no centroid (none shipped, none edited). */
	withoutCentroid: { inseeCode: string; name: string }[];
}

export interface LoadReferentialOptions {
	departements: string[];
	/** The installed package and the shipped centroids when absent (tests pass their own). */
	source?: ReferentialSource;
	now?: Date;
	actor?: AuditActor;
}

/** Rows per INSERT: 10 parameters each, far below PostgreSQL's 65,535 per statement. */
const BATCH = 500;

/**
 * Loads the communes and intercommunalities of `departements` from the official référentiel.
 *
 * Re-runnable when the package is updated: only rows that differ are written, so a second run
 * changes nothing. A commune of these départements the référentiel no longer lists (merged,
 * renamed) is marked and reported, never deleted: requests and childminders may point at it,
 * and a relay may still serve it until the coordinator decides. `relay_id` is never written
 * here (which relay serves a commune is the coordinator's decision), nor a centroid the
 * coordinator corrected.
 */
export async function loadReferential(
	db: Db,
	options: LoadReferentialOptions
): Promise<ReferentialReport> {
	const departements = [...new Set(options.departements)].sort();
	const source = options.source ?? (await packageReferential({ departements }));
	const now = options.now ?? new Date();

	const wanted = new Set(departements);
	const listed = source.communes
		.filter((c) => c.type === 'commune-actuelle' && wanted.has(c.departement))
		.sort((a, b) => compare(a.code, b.code));
	const listedCodes = new Set(listed.map((c) => c.code));
	const epciOf = new Map<string, string>();
	const epciRows: EpciRow[] = [];
	for (const epci of source.epcis) {
		const members = epci.membres.filter((m) => listedCodes.has(m.code));
		if (members.length === 0) continue;
		for (const member of members) epciOf.set(member.code, epci.code);
		epciRows.push({ code: epci.code, name: epci.nom, kind: epci.type });
	}
	epciRows.sort((a, b) => compare(a.code, b.code));

	return db.transaction(async (tx) => {
		// Two loads at once would each count the other's rows as theirs: one after the other.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('territory.load-referential'))`);

		const epciCounts = await upsertEpcis(tx, epciRows);

		const existing = await tx
			.select()
			.from(communes)
			.where(
				or(
					inArray(communes.departement, departements),
					inArray(communes.inseeCode, [...listedCodes])
				)
			);
		const existingByCode = new Map(existing.map((c) => [c.inseeCode, c]));

		const changed: CommuneRow[] = [];
		const back: string[] = [];
		let added = 0;
		const withoutCentroid: ReferentialReport['withoutCentroid'] = [];
		for (const commune of listed) {
			const before = existingByCode.get(commune.code);
			const shipped = source.centroids.get(commune.code);
			// The coordinator's correction wins; a centroid typed before the référentiel stays
			// until one is shipped.
			const centroid =
				before && (before.centroidEditedAt !== null || !shipped)
					? { latitude: before.latitude, longitude: before.longitude }
					: { latitude: shipped?.latitude ?? null, longitude: shipped?.longitude ?? null };
			const row: CommuneRow = {
				inseeCode: commune.code,
				name: commune.nom,
				postalCodes: [...(commune.codesPostaux ?? [])],
				departement: commune.departement,
				epciCode: epciOf.get(commune.code) ?? null,
				population: commune.population ?? null,
				...centroid
			};
			if (row.latitude === null) withoutCentroid.push({ inseeCode: row.inseeCode, name: row.name });
			if (!before) {
				added++;
				changed.push(row);
			} else if (before.missingFromReferentialSince !== null || differs(before, row)) {
				if (before.missingFromReferentialSince !== null) back.push(row.inseeCode);
				changed.push(row);
			}
		}
		for (let start = 0; start < changed.length; start += BATCH) {
			await upsertCommunes(tx, changed.slice(start, start + BATCH));
		}

		const notListed = and(
			inArray(communes.departement, departements),
			listedCodes.size > 0 ? notInArray(communes.inseeCode, [...listedCodes]) : undefined
		);
		const newlyMissing = await tx
			.update(communes)
			.set({ missingFromReferentialSince: now })
			.where(and(notListed, isNull(communes.missingFromReferentialSince)))
			.returning({ inseeCode: communes.inseeCode });
		const missingRows = await tx
			.select({
				inseeCode: communes.inseeCode,
				name: communes.name,
				since: communes.missingFromReferentialSince,
				relayId: relays.id,
				relayName: relays.name
			})
			.from(communes)
			.leftJoin(relays, eq(relays.id, communes.relayId))
			.where(and(notListed, isNotNull(communes.missingFromReferentialSince)))
			.orderBy(asc(communes.inseeCode));
		const missing: MissingCommune[] = missingRows.map((m) => ({
			inseeCode: m.inseeCode,
			name: m.name,
			since: m.since ?? now,
			relay:
				m.relayId !== null && m.relayName !== null ? { id: m.relayId, name: m.relayName } : null
		}));

		const report: ReferentialReport = {
			departements,
			version: source.version ?? null,
			epcis: epciCounts,
			communes: {
				added,
				updated: changed.length - added,
				unchanged: listed.length - changed.length
			},
			missing,
			back,
			withoutCentroid
		};
		await recordAudit(tx, {
			actor: options.actor ?? { kind: 'system' },
			relayId: null,
			action: 'territory.referential_loaded',
			entityType: 'territory',
			entityId: departements.join(','),
			details: {
				departements,
				version: report.version,
				epcis: report.epcis,
				communes: report.communes,
				newlyMissing: newlyMissing.map((m) => m.inseeCode).sort(),
				missing: missing.length,
				back,
				withoutCentroid: withoutCentroid.map((c) => c.inseeCode)
			}
		});
		return report;
	});
}

interface EpciRow {
	code: string;
	name: string;
	kind: string;
}

async function upsertEpcis(tx: Transaction, rows: EpciRow[]): Promise<LoadCounts> {
	if (rows.length === 0) return { added: 0, updated: 0, unchanged: 0 };
	const existing = await tx
		.select()
		.from(epcis)
		.where(
			inArray(
				epcis.code,
				rows.map((r) => r.code)
			)
		);
	const byCode = new Map(existing.map((e) => [e.code, e]));
	const changed = rows.filter((r) => {
		const before = byCode.get(r.code);
		return !before || before.name !== r.name || before.kind !== r.kind;
	});
	if (changed.length > 0) {
		await tx
			.insert(epcis)
			.values(changed)
			.onConflictDoUpdate({
				target: epcis.code,
				set: { name: sql`excluded.name`, kind: sql`excluded.kind` }
			});
	}
	const added = changed.filter((r) => !byCode.has(r.code)).length;
	return { added, updated: changed.length - added, unchanged: rows.length - changed.length };
}

interface CommuneRow {
	inseeCode: string;
	name: string;
	postalCodes: string[];
	departement: string;
	epciCode: string | null;
	population: number | null;
	latitude: number | null;
	longitude: number | null;
}

function differs(before: typeof communes.$inferSelect, row: CommuneRow): boolean {
	return (
		before.name !== row.name ||
		before.postalCodes.join(',') !== row.postalCodes.join(',') ||
		before.departement !== row.departement ||
		before.epciCode !== row.epciCode ||
		before.population !== row.population ||
		before.latitude !== row.latitude ||
		before.longitude !== row.longitude
	);
}

/**
 * One statement for a batch of new and changed communes. `relay_id` is not in the update, and
 * the centroid is guarded in SQL too: a correction saved while the load ran still wins.
 */
async function upsertCommunes(tx: Transaction, rows: CommuneRow[]) {
	const keptIfEdited = (column: typeof communes.latitude | typeof communes.longitude) =>
		sql`case when ${communes.centroidEditedAt} is null then excluded.${sql.identifier(column.name)} else ${column} end`;
	await tx
		.insert(communes)
		.values(rows.map((r) => ({ ...r, missingFromReferentialSince: null })))
		.onConflictDoUpdate({
			target: communes.inseeCode,
			set: {
				name: sql`excluded.name`,
				postalCodes: sql`excluded.postal_codes`,
				departement: sql`excluded.departement`,
				epciCode: sql`excluded.epci_code`,
				population: sql`excluded.population`,
				missingFromReferentialSince: null,
				latitude: keptIfEdited(communes.latitude),
				longitude: keptIfEdited(communes.longitude)
			}
		});
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
