import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Since 2021 the relay may help a childminder but must not declare her availability in her
 * place. So only her own pages' domain (directory/self-declaration) writes her free places
 * or the dates of her declaration, and no staff or coordinator route even imports it. This
 * test reads the code and fails on any other writer.
 */
const ROOT = path.resolve('.');
const SCANNED = ['src', 'scripts'];

/** Where availability may be written, and why. */
const ALLOWED_WRITERS = [
	['src/lib/server/directory/self-declaration/', 'the childminder herself, from her session'],
	// The demo seed creates demo data (some availability fresh, some stale, some undeclared):
	// no person acts there, and it runs only on a demo deployment.
	['src/lib/server/seed/', 'demo data, not a person acting'],
	// The search's benchmark fills a throwaway database in memory with 10,000 childminders.
	['scripts/bench-directory-search.ts', 'benchmark data in a database of its own']
] as const;

const WRITE_METHODS = new Set(['insert', 'update', 'delete']);
const DECLARATION_COLUMNS = new Set(['availabilityDeclaredAt', 'availabilityValidUntil']);
const RAW_SQL_WRITE =
	/\b(insert\s+into|update|delete\s+from)\s+"?childminder_availabilities\b|\bset\b[^;]*?\bavailability_(declared_at|valid_until)"?\s*=(?!=)/i;

/** How a source writes availability: each offence with its line; empty when it does not. */
export function availabilityWrites(source: string, fileName = 'file.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const offences: string[] = [];
	const lineOf = (n: ts.Node) => file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
	const visit = (n: ts.Node) => {
		if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
			const method = n.expression.name.text;
			const [first] = n.arguments;
			if (
				WRITE_METHODS.has(method) &&
				first &&
				ts.isIdentifier(first) &&
				first.text === 'childminderAvailabilities'
			)
				offences.push(`line ${lineOf(n)}: ${method}(childminderAvailabilities)`);
			if ((method === 'set' || method === 'values') && first) {
				const literals = ts.isArrayLiteralExpression(first) ? first.elements : [first];
				for (const literal of literals) {
					if (!ts.isObjectLiteralExpression(literal)) continue;
					for (const prop of literal.properties) {
						const name =
							prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))
								? prop.name.text
								: null;
						if (name && DECLARATION_COLUMNS.has(name))
							offences.push(`line ${lineOf(prop)}: ${method}({ ${name} })`);
					}
				}
			}
		}
		if (
			(ts.isStringLiteralLike(n) ||
				ts.isTemplateHead(n) ||
				ts.isTemplateMiddle(n) ||
				ts.isTemplateTail(n)) &&
			RAW_SQL_WRITE.test(n.text)
		)
			offences.push(`line ${lineOf(n)}: SQL writing availability`);
		ts.forEachChild(n, visit);
	};
	visit(file);
	return offences;
}

function sourceFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
		return /\.(ts|js|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [full] : [];
	});
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const allowed = (file: string) => ALLOWED_WRITERS.some(([prefix]) => file.startsWith(prefix));

describe('staff can never write availability', () => {
	const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

	it('only the self-declaration (and the demo seed) write free places or declaration dates', () => {
		const offenders = files
			.map(relative)
			.filter((file) => !allowed(file))
			.flatMap((file) =>
				availabilityWrites(readFileSync(path.join(ROOT, file), 'utf8'), file).map(
					(offence) => `${file}: ${offence}`
				)
			);
		expect(offenders).toEqual([]);
	});

	it('the self-declaration does write them (a moved folder must be listed again)', () => {
		const writers = files
			.map(relative)
			.filter((file) => file.startsWith(ALLOWED_WRITERS[0][0]))
			.filter((file) => availabilityWrites(readFileSync(path.join(ROOT, file), 'utf8')).length > 0);
		expect(writers.length).toBeGreaterThan(0);
	});

	it('no staff or coordinator route imports the self-declaration', () => {
		const offenders = sourceFiles(path.join(ROOT, 'src/routes'))
			.map(relative)
			.filter((file) => /\/\((staff|coordinator|officials)\)\//.test(file))
			.filter((file) => /self-declaration/.test(readFileSync(path.join(ROOT, file), 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('recognises every way of writing availability', () => {
		const source = `
			await tx.insert(childminderAvailabilities).values(row);
			await db.update(childminderAvailabilities).set({ validUntil });
			await db.delete(childminderAvailabilities).where(w);
			await db.update(childminders).set({ phone, availabilityValidUntil: d });
			await db.insert(childminders).values([{ availabilityDeclaredAt: now }]);
			await db.execute(sql\`update childminders set availability_declared_at = now()\`);
			await db.execute(sql\`insert into childminder_availabilities (id) values (1)\`);`;
		expect(availabilityWrites(source).map((o) => o.replace(/^line \d+: /, ''))).toEqual([
			'insert(childminderAvailabilities)',
			'update(childminderAvailabilities)',
			'delete(childminderAvailabilities)',
			'set({ availabilityValidUntil })',
			'values({ availabilityDeclaredAt })',
			'SQL writing availability',
			'SQL writing availability'
		]);
	});

	it('reading availability is not writing it', () => {
		const source = `
			await db.select({ until: childminders.availabilityValidUntil }).from(childminderAvailabilities);
			await db.select({ availabilityValidUntil: childminders.availabilityValidUntil }).from(childminders);
			await db.execute(sql\`select * from childminder_availabilities where availability_valid_until >= now()\`);
			await db.execute(sql\`select id from childminders where availability_valid_until = $1\`);`;
		expect(availabilityWrites(source)).toEqual([]);
	});
});
