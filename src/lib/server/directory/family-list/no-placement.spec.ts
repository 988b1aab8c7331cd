import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';

/*
 * DOMAIN.md, neutrality 6: the relay informs, the family chooses. Nothing may let the relay
 * reserve, place or assign a childminder for a family: no column tying a request to one
 * childminder, no action or function named so, no French text offering it. This reads the
 * schema, the server code, the routes and the catalogue, and lists any such thing.
 */

/** Code: a function, action or field that would reserve, place or assign a childminder. */
const PLACING_CODE = [
	/\b(reserve|reserved|reservation|book|booking|assign|assigned|assignment|allocate|allocation|place|placement|hold|match)_?(a_?|the_?)?(childminder|assistant)/i,
	/\b(childminder|assistant)_?(reservation|reserve|booking|assignment|assign|allocation|placement|chosen|selected|assigned|reserved|placed)/i
];

/** French text a person reads: reserving or placing with a childminder. */
const CHILDMINDER = String.raw`(assistante?s?\s+maternel\w*|assistants?\s+maternel\w*|AM\b|nounou)`;
const PLACING_WORDS = [
	// Reserving is a word of appointment slots; with a childminder it is placing a child.
	new RegExp(String.raw`réserv\w*[^.]{0,40}` + CHILDMINDER, 'iu'),
	new RegExp(CHILDMINDER + String.raw`[^.]{0,40}réserv`, 'iu'),
	/(?<!\p{L})plac(er|ez|ement)(?!\p{L})/iu,
	new RegExp(
		String.raw`(?<!\p{L})(attribu|affect)\w*\s+(à\s+)?(une?\s+|l['’]\s*|cette\s+|cet\s+)?` +
			CHILDMINDER,
		'iu'
	),
	/choisi\w*\s+par\s+le\s+relais/iu
];

/** The tables a childminder's id may be a column of: hers, and the lists (ids in order). */
const TABLES_NAMING_A_CHILDMINDER = new Set([
	'childminders',
	'childminder_availabilities',
	'childminder_sign_in_links',
	'childminder_sessions',
	'availability_reminders',
	'family_lists'
]);

function filesUnder(dir: string, extensions: RegExp): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(full, extensions);
		return extensions.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
	});
}

function offences(files: string[], patterns: RegExp[]): string[] {
	return files.flatMap((file) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.flatMap((line, index) =>
				patterns.some((pattern) => pattern.test(line))
					? [`${path.relative(process.cwd(), file)}:${index + 1}: ${line.trim()}`]
					: []
			)
	);
}

describe('the relay never places a child', () => {
	it('Neutrality 6: the relay never places a child: no "reserve this childminder" action, the family chooses', () => {
		// The patterns do catch what they are for (a test that cannot fail is worse than none).
		for (const sample of ['reserveChildminder', 'assign_childminder', 'childminderAssignment']) {
			expect(
				PLACING_CODE.some((p) => p.test(sample)),
				sample
			).toBe(true);
		}
		for (const sample of [
			'Réserver cette assistante maternelle',
			'Placer l’enfant',
			'Attribuer à une assistante maternelle'
		]) {
			expect(
				PLACING_WORDS.some((p) => p.test(sample)),
				sample
			).toBe(true);
		}
		for (const sample of ['3 places libres', 'Déplacer le rendez-vous', 'Réserver ce créneau']) {
			expect(
				PLACING_WORDS.some((p) => p.test(sample)),
				sample
			).toBe(false);
		}

		// No column ties a request, an appointment or a family to a childminder.
		const columns: string[] = [];
		for (const value of Object.values(schema)) {
			if (!(value instanceof PgTable)) continue;
			const table = getTableConfig(value);
			if (TABLES_NAMING_A_CHILDMINDER.has(table.name)) continue;
			for (const column of table.columns) {
				if (/childminder|assistant/i.test(column.name))
					columns.push(`${table.name}.${column.name}`);
			}
			for (const fk of table.foreignKeys) {
				const target = getTableConfig(fk.reference().foreignTable).name;
				if (target === 'childminders') columns.push(`${table.name} → childminders`);
			}
		}
		expect(columns).toEqual([]);
		const migrations = filesUnder(path.resolve('drizzle'), /\.sql$/);
		expect(offences(migrations, PLACING_CODE)).toEqual([]);

		// No domain function, route action or page names such a thing.
		const code = [
			...filesUnder(path.resolve('src/lib'), /\.(ts|svelte)$/),
			...filesUnder(path.resolve('src/routes'), /\.(ts|svelte)$/)
		];
		expect(code.length).toBeGreaterThan(50);
		expect(offences(code, PLACING_CODE)).toEqual([]);

		// No French text offers it: the catalogue and the pages.
		const text = [
			...filesUnder(path.resolve('src/lib/i18n'), /\.ts$/),
			...filesUnder(path.resolve('src/routes'), /\.svelte$/),
			...filesUnder(path.resolve('src/lib/components'), /\.svelte$/)
		];
		expect(offences(text, PLACING_WORDS)).toEqual([]);
	});
});
