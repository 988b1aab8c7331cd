import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeCoordinator } from './territory-fixtures';
import { makeAvailability, makeChildminder } from './directory-fixtures';
import { runTogether } from './run-together';
import { demoCommunes } from '../fixtures/demo-communes';
import { XLSX_LICENCES } from '../fixtures/small-fixtures';
import {
	GENERATED_LICENCE_PREFIX,
	GENERATED_LINES,
	generateChildmindersCsv
} from '../fixtures/generate-childminders-csv';
import {
	auditLog,
	careStructures,
	childminderAvailabilities,
	childminders,
	communes,
	directoryImports
} from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import type { CoordinatorUser } from '../../src/lib/server/auth/session';
import type { DirectoryImportKind } from '../../src/lib/directory/directory-options';
import { uploadImport } from '../../src/lib/server/directory/import/upload-import';
import { loadImportPage } from '../../src/lib/server/directory/import/import-page';
import { startImport } from '../../src/lib/server/directory/import/start-import';
import {
	listAbsentChildminders,
	stopAbsentChildminders
} from '../../src/lib/server/directory/import/absent-childminders';
import { columnChoiceName } from '../../src/lib/server/directory/import/column-mapping';

const fixture = (name: string) =>
	readFile(new URL(`../fixtures/${name}`, import.meta.url)).then((b) => new Uint8Array(b));

/** The communes of the demo territory, from the référentiel, as the fixtures use them. */
async function addDemoCommunes(db: Database) {
	await db
		.insert(communes)
		.values(demoCommunes().map((c) => ({ ...c, departement: '35', relayId: null })))
		.onConflictDoNothing();
}

async function uploaded(
	db: Database,
	coordinator: CoordinatorUser,
	kind: DirectoryImportKind,
	fileName: string,
	bytes: Uint8Array
): Promise<string> {
	const result = await uploadImport(db, coordinator, { kind, fileName, bytes });
	if (!result.ok) throw new Error(`upload refused: ${result.reason}`);
	return result.importId;
}

/** The choices the mapping page proposes, with the person's changes (header → field). */
async function proposedChoices(
	db: Database,
	importId: string,
	changes: Record<string, string> = {}
) {
	const page = await loadImportPage(db, importId, { errorsPage: 1 });
	if (!page) throw new Error('no import page');
	const choices = new Map<string, string>();
	page.headers.forEach((header, index) => {
		const field = changes[header] ?? page.mapping[header];
		if (field) choices.set(columnChoiceName(index), field);
	});
	return choices;
}

/** Upload, map as proposed (and changed), start, and wait for the run's end. */
async function imported(
	db: Database,
	coordinator: CoordinatorUser,
	kind: DirectoryImportKind,
	fileName: string,
	bytes: Uint8Array,
	changes: Record<string, string> = {}
) {
	const importId = await uploaded(db, coordinator, kind, fileName, bytes);
	const choices = await proposedChoices(db, importId, changes);
	const started = await startImport(db, coordinator, importId, (name) => choices.get(name) ?? null);
	if (!started.ok) throw new Error(`not started: ${started.reason}`);
	await started.finished;
	const [job] = await db.select().from(directoryImports).where(eq(directoryImports.id, importId));
	if (!job) throw new Error('import vanished');
	return job;
}

describe('the import of the département’s list', () => {
	let t: TestDatabase;
	let coordinator: CoordinatorUser;
	beforeAll(async () => {
		t = await createTestDatabase();
		await addDemoCommunes(t.db);
		coordinator = await makeCoordinator(t.db);
	});
	afterAll(async () => t.close());

	it('imports the 10,000-line fixture (Windows-1252, ;) and reports every bad line with its number and reason', async () => {
		// 120 s: about 10 s on PGlite here; a machine twice as slow must still pass.
		const list = generateChildmindersCsv();
		const began = performance.now();
		const job = await imported(t.db, coordinator, 'childminders', 'pmi-35.csv', list.bytes);
		const seconds = (performance.now() - began) / 1000;
		console.info(`10,000-line import on ${t.kind}: ${seconds.toFixed(1)} s`);

		expect(job.status).toBe('done');
		expect(job.format).toBe('csv;windows-1252');
		expect(job.totalLines).toBe(GENERATED_LINES);
		expect(job.processedLines).toBe(GENERATED_LINES);
		expect(job.createdCount).toBe(GENERATED_LINES - list.badLines.length);
		expect(job.lineErrors.map((e) => e.line)).toEqual(list.badLines.map((b) => b.line));
		expect(list.badLines).toHaveLength(GENERATED_LINES / 100);
		const reasonOf = new Map(job.lineErrors.map((e) => [e.line, e.reason]));
		const expected = {
			missing_licence: /^Numéro d’agrément manquant\.$/,
			unknown_commune: /^Commune « Villeneuve-sur-Vilaine » \(\d{5}\) inconnue\.$/,
			bad_places: /^Nombre de places « .+ » incorrect/,
			bad_date: /^Date « .+ » incorrecte/,
			bad_email: /^Adresse électronique « .+ » incorrecte\.$/
		};
		for (const bad of list.badLines) expect(reasonOf.get(bad.line)).toMatch(expected[bad.kind]);

		const [stored] = await t.db
			.select({ count: sql<number>`count(*)::int` })
			.from(childminders)
			.where(like(childminders.licenceNumber, `${GENERATED_LICENCE_PREFIX}%`));
		expect(stored?.count).toBe(list.goodLicences.length);
		// Accents survive Windows-1252; phones in E.164; the commune found by name and postal code.
		const [first] = await t.db
			.select()
			.from(childminders)
			.where(eq(childminders.licenceNumber, `${GENERATED_LICENCE_PREFIX}00002`));
		expect(first).toMatchObject({
			lastName: 'BESNARD',
			firstName: 'Chloé',
			communeInsee: '35066',
			workSetting: 'mam',
			lastImportId: job.id
		});
		expect(first?.phone).toMatch(/^\+332\d{8}$/);

		const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, job.id));
		expect(audits.map((a) => a.action).sort()).toEqual([
			'directory_import.finished',
			'directory_import.started',
			'directory_import.uploaded'
		]);
	}, 120_000);

	it('running the same file twice changes nothing: every good line unchanged', async () => {
		const list = generateChildmindersCsv();
		const before = await t.db
			.select({ id: childminders.id, updatedAt: childminders.updatedAt })
			.from(childminders)
			.where(like(childminders.licenceNumber, `${GENERATED_LICENCE_PREFIX}%`));
		const job = await imported(t.db, coordinator, 'childminders', 'pmi-35-bis.csv', list.bytes);
		expect(job).toMatchObject({ status: 'done', createdCount: 0, updatedCount: 0 });
		expect(job.unchangedCount).toBe(list.goodLicences.length);
		expect(job.lineErrors).toHaveLength(list.badLines.length);
		const after = await t.db
			.select({ id: childminders.id, updatedAt: childminders.updatedAt })
			.from(childminders)
			.where(like(childminders.licenceNumber, `${GENERATED_LICENCE_PREFIX}%`));
		const updatedAt = (rows: typeof before) =>
			Object.fromEntries(rows.map((row) => [row.id, row.updatedAt.getTime()]));
		expect(updatedAt(after)).toEqual(updatedAt(before));
	}, 120_000);

	it('imports an .xlsx with other column names once the unrecognised column is mapped, and remembers the mapping', async () => {
		const bytes = await fixture('childminders-other-headers.xlsx');
		const first = await uploaded(t.db, coordinator, 'childminders', 'autre-dpt.xlsx', bytes);
		const page = await loadImportPage(t.db, first, { errorsPage: 1 });
		expect(page?.format).toBe('xlsx');
		expect(page?.mapping).toEqual({
			'Agrément n°': 'licenceNumber',
			'Nom usuel': 'lastName',
			'Prénom(s)': 'firstName',
			Capacité: 'placesTotal',
			Ville: 'commune',
			'Code postal': 'postalCode',
			Portable: 'phone'
		});
		// The preview shows the first lines as they will import, the bad one with its reason.
		expect(page?.preview).toHaveLength(6);
		expect(page?.preview[0]).toMatchObject({ line: 2, reason: null });
		expect(page?.preview[0]?.values).toMatchObject({
			communeInsee: '35047',
			phone: '+33612345601'
		});
		expect(page?.preview[5]).toMatchObject({
			line: 7,
			reason: 'Commune « Ville inconnue » (35999) inconnue.'
		});

		const job = await imported(t.db, coordinator, 'childminders', 'autre-dpt.xlsx', bytes, {
			'Date 1er agrément': 'licenceGrantedOn'
		});
		expect(job).toMatchObject({ status: 'done', createdCount: 5, updatedCount: 0 });
		expect(job.lineErrors).toEqual([
			{ line: 7, reason: 'Commune « Ville inconnue » (35999) inconnue.' }
		]);
		const rows = await t.db
			.select()
			.from(childminders)
			.where(inArray(childminders.licenceNumber, XLSX_LICENCES));
		const annaig = rows.find((row) => row.licenceNumber === XLSX_LICENCES[0]);
		expect(annaig).toMatchObject({
			firstName: 'Annaïg',
			placesTotal: 4,
			communeInsee: '35047',
			licenceGrantedOn: '2018-01-10',
			phone: '+33612345601'
		});

		// The next upload of this export proposes the confirmed mapping, the hand-mapped column too.
		const again = await uploaded(t.db, coordinator, 'childminders', 'autre-dpt-2.xlsx', bytes);
		const proposed = await loadImportPage(t.db, again, { errorsPage: 1 });
		expect(proposed?.mapping['Date 1er agrément']).toBe('licenceGrantedOn');
	});

	it('imports a list of structures, their kinds read from French words', async () => {
		const job = await imported(
			t.db,
			coordinator,
			'structures',
			'structures.csv',
			await fixture('structures.csv')
		);
		expect(job).toMatchObject({ status: 'done', createdCount: 6 });
		expect(job.lineErrors).toEqual([
			{ line: 8, reason: expect.stringMatching(/Type de structure « Piscine »/) }
		]);
		const rows = await t.db
			.select({
				ref: careStructures.externalRef,
				kind: careStructures.kind,
				min: careStructures.ageMinMonths,
				max: careStructures.ageMaxMonths
			})
			.from(careStructures)
			.where(like(careStructures.externalRef, 'STR-%'));
		expect(rows.sort((a, b) => (a.ref ?? '').localeCompare(b.ref ?? ''))).toEqual([
			{ ref: 'STR-0001', kind: 'multi_accueil', min: 2, max: 36 },
			{ ref: 'STR-0002', kind: 'micro_creche', min: 10, max: 36 },
			{ ref: 'STR-0003', kind: 'creche_familiale', min: 2, max: 48 },
			{ ref: 'STR-0004', kind: 'accueil_loisirs', min: 36, max: 144 },
			{ ref: 'STR-0005', kind: 'home_care_service', min: null, max: null },
			{ ref: 'STR-0006', kind: 'creche', min: 2, max: 36 }
		]);
		const twice = await imported(
			t.db,
			coordinator,
			'structures',
			'structures.csv',
			await fixture('structures.csv')
		);
		expect(twice).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 6 });
	});

	it('never touches her availability, offer, publication choices or objection; a stopped childminder listed again is active, audited', async () => {
		const her = await makeChildminder(t.db, '35210', {
			licenceNumber: 'SMALL-001',
			firstName: 'Ancien prénom',
			offer: { periscolaire: true, saturday: true },
			addressPublication: 'full_address',
			contactsObjection: true,
			languages: ['breton'],
			status: 'stopped'
		});
		const place = await makeAvailability(t.db, her.id, { ageMinMonths: 12, ageMaxMonths: 48 });
		const [declared] = await t.db.select().from(childminders).where(eq(childminders.id, her.id));
		const job = await imported(
			t.db,
			coordinator,
			'childminders',
			'small.csv',
			await fixture('childminders-small.csv')
		);
		expect(job).toMatchObject({ status: 'done', createdCount: 19, updatedCount: 1 });
		expect(job.lineErrors).toEqual([]);
		const [after] = await t.db.select().from(childminders).where(eq(childminders.id, her.id));
		expect(after).toMatchObject({
			firstName: 'Hélène',
			status: 'active',
			offer: { periscolaire: true, saturday: true },
			addressPublication: 'full_address',
			contactsObjection: true,
			languages: ['breton'],
			availabilityDeclaredAt: declared?.availabilityDeclaredAt,
			availabilityValidUntil: declared?.availabilityValidUntil,
			lastImportId: job.id
		});
		expect(
			await t.db
				.select()
				.from(childminderAvailabilities)
				.where(eq(childminderAvailabilities.childminderId, her.id))
		).toEqual([place]);
		const audits = await t.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityId, her.id), eq(auditLog.action, 'childminder.reactivated_by_import'))
			);
		expect(audits).toHaveLength(1);
	});

	it('refuses an unreadable file with a French reason, and writes nothing', async () => {
		const [before] = await t.db
			.select({ count: sql<number>`count(*)::int` })
			.from(directoryImports);
		const result = await uploadImport(t.db, coordinator, {
			kind: 'childminders',
			fileName: 'liste.xls',
			bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])
		});
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/\.xls\)/) });
		const [after] = await t.db.select({ count: sql<number>`count(*)::int` }).from(directoryImports);
		expect(after?.count).toBe(before?.count);
	});

	it('refuses a start whose mapping lacks a required field, naming it', async () => {
		const importId = await uploaded(
			t.db,
			coordinator,
			'childminders',
			'small.csv',
			await fixture('childminders-small.csv')
		);
		const result = await startImport(t.db, coordinator, importId, (name) =>
			name === 'col-0' ? 'licenceNumber' : null
		);
		expect(result).toMatchObject({
			ok: false,
			reason: 'mapping',
			errors: {
				'missing-firstName': 'Le champ obligatoire « Prénom » n’est associé à aucune colonne.'
			}
		});
		const [job] = await t.db
			.select()
			.from(directoryImports)
			.where(eq(directoryImports.id, importId));
		expect(job?.status).toBe('uploaded');
	});

	it('runs one import at a time: of two starts at once, one runs and the other is told an import is running', async () => {
		const bytes = await fixture('childminders-small.csv');
		const ids = [
			await uploaded(t.db, coordinator, 'childminders', 'a.csv', bytes),
			await uploaded(t.db, coordinator, 'childminders', 'b.csv', bytes)
		];
		const choices = await proposedChoices(t.db, ids[0] as string);
		const results = await runTogether(
			t,
			'directory_imports',
			ids.map((id) => () => startImport(t.db, coordinator, id, (name) => choices.get(name) ?? null))
		);
		const started = results.filter((result) => result.ok);
		expect(started).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toEqual([
			{
				ok: false,
				reason: 'already_running',
				message:
					'Un import est déjà en cours. Attendez qu’il se termine avant d’en lancer un autre.'
			}
		]);
		for (const result of started) await result.finished;
	});

	it('takes over the slot of an import whose heartbeat stopped two minutes ago, marking it failed', async () => {
		const bytes = await fixture('childminders-small.csv');
		const dead = await uploaded(t.db, coordinator, 'childminders', 'dead.csv', bytes);
		await t.db
			.update(directoryImports)
			.set({ status: 'running', heartbeatAt: new Date(Date.now() - 3 * 60_000) })
			.where(eq(directoryImports.id, dead));
		const fresh = await uploaded(t.db, coordinator, 'childminders', 'fresh.csv', bytes);
		const choices = await proposedChoices(t.db, fresh);
		const result = await startImport(t.db, coordinator, fresh, (name) => choices.get(name) ?? null);
		expect(result.ok).toBe(true);
		if (result.ok) await result.finished;
		const [old] = await t.db.select().from(directoryImports).where(eq(directoryImports.id, dead));
		expect(old).toMatchObject({ status: 'failed', failure: 'interrupted' });
	});
});

describe('childminders absent from the new list', () => {
	let t: TestDatabase;
	let coordinator: CoordinatorUser;
	beforeAll(async () => {
		t = await createTestDatabase();
		await addDemoCommunes(t.db);
		coordinator = await makeCoordinator(t.db);
	});
	afterAll(async () => t.close());

	it('are proposed for "stopped" and stopped only after confirmation, in one audit entry', async () => {
		const listed = await makeChildminder(t.db, '35047', { licenceNumber: 'SMALL-002' });
		const absent = await makeChildminder(t.db, '35047', { licenceNumber: 'ABSENT-001' });
		const suspended = await makeChildminder(t.db, '35047', {
			licenceNumber: 'ABSENT-002',
			status: 'suspended'
		});
		await makeAvailability(t.db, absent.id);
		const job = await imported(
			t.db,
			coordinator,
			'childminders',
			'small.csv',
			await fixture('childminders-small.csv')
		);

		const proposal = await listAbsentChildminders(t.db, job.id);
		expect(proposal?.count).toBe(1);
		expect(proposal?.shown.map((c) => c.licenceNumber)).toEqual(['ABSENT-001']);
		const statusOf = async (id: string) =>
			(
				await t.db
					.select({ status: childminders.status })
					.from(childminders)
					.where(eq(childminders.id, id))
			)[0]?.status;
		// Nothing is stopped without the confirmation.
		expect(await statusOf(absent.id)).toBe('active');

		// A confirmation of another count (the list changed since the page) stops nobody.
		expect(await stopAbsentChildminders(t.db, coordinator, job.id, 2)).toMatchObject({
			ok: false,
			reason: 'changed'
		});
		expect(await statusOf(absent.id)).toBe('active');

		expect(await stopAbsentChildminders(t.db, coordinator, job.id, 1)).toEqual({
			ok: true,
			stopped: 1
		});
		expect(await statusOf(absent.id)).toBe('stopped');
		expect(await statusOf(listed.id)).toBe('active');
		expect(await statusOf(suspended.id)).toBe('suspended');
		expect(
			await t.db
				.select()
				.from(childminderAvailabilities)
				.where(eq(childminderAvailabilities.childminderId, absent.id))
		).toHaveLength(1);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityId, job.id), eq(auditLog.action, 'directory_import.absent_stopped'))
			);
		expect(audit?.details).toEqual({ count: 1, childminderIds: [absent.id] });

		// After a newer import, the older report no longer proposes nor stops.
		const newer = await imported(
			t.db,
			coordinator,
			'childminders',
			'small-2.csv',
			await fixture('childminders-small.csv')
		);
		expect(await listAbsentChildminders(t.db, job.id)).toBeNull();
		expect(await stopAbsentChildminders(t.db, coordinator, job.id, 0)).toMatchObject({
			ok: false,
			reason: 'not_latest'
		});
		expect((await listAbsentChildminders(t.db, newer.id))?.count).toBe(0);
	});
});
