import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Family code never reads the module-level catalogue. A family page, mail or invitation takes
 * its texts from the family's catalogue (`locals.t`, `pageMessages()`, a `t` parameter): a
 * text read from `m` (`$lib/i18n`) or from a French module is French whatever the family's
 * language. This reads the code of every family page, of the components they render, and of
 * the family mail and invitation builders, and lists each import of the French catalogue.
 */
const ROOT = path.resolve('.');
const SRC = path.join(ROOT, 'src');
const LIB = path.join(SRC, 'lib');
const ROUTES = path.join(SRC, 'routes');
const PUBLIC = path.join(ROUTES, '(public)');

/** Modules whose values are French texts held at module level, as `$lib` paths. */
const FRENCH_AT_MODULE_LEVEL = [
	/^\$lib\/i18n(\/index)?$/,
	/^\$lib\/i18n\/fr(\/.*)?$/,
	/^\$lib\/i18n\/family\/fr$/
];

/** A `$lib/…` or relative specifier as the `$lib` path it resolves to (else as written). */
function libPath(specifier: string, fromFile: string): string {
	if (!specifier.startsWith('.')) return specifier;
	const resolved = path.resolve(path.dirname(fromFile), specifier);
	const inLib = path.relative(LIB, resolved);
	return inLib.startsWith('..') ? specifier : `$lib/${inLib.split(path.sep).join('/')}`;
}

/** The scripts of a component, or the whole file. */
function scriptsOf(source: string, fileName: string): string {
	if (!fileName.endsWith('.svelte')) return source;
	return [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
		.map((match) => match[1])
		.join('\n');
}

interface ImportFound {
	specifier: string;
	/** Resolved as a `$lib/…` path when it points into src/lib. */
	resolved: string;
	/** The value names imported (type-only imports and names left out). */
	names: string[];
	line: number;
}

function importsOf(source: string, fileName: string): ImportFound[] {
	const file = ts.createSourceFile(
		fileName,
		scriptsOf(source, fileName),
		ts.ScriptTarget.Latest,
		true
	);
	const found: ImportFound[] = [];
	for (const statement of file.statements) {
		if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
		const specifier = statement.moduleSpecifier;
		if (!specifier || !ts.isStringLiteral(specifier)) continue;
		const names: string[] = [];
		if (ts.isImportDeclaration(statement)) {
			const clause = statement.importClause;
			if (clause && !clause.isTypeOnly) {
				if (clause.name) names.push(`default as ${clause.name.text}`);
				const bindings = clause.namedBindings;
				if (bindings && ts.isNamespaceImport(bindings)) names.push(`* as ${bindings.name.text}`);
				if (bindings && ts.isNamedImports(bindings)) {
					for (const element of bindings.elements) {
						if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
					}
				}
			}
		} else if (!statement.isTypeOnly) {
			const clause = statement.exportClause;
			if (!clause || ts.isNamespaceExport(clause)) names.push('*');
			else
				for (const element of clause.elements)
					if (!element.isTypeOnly) names.push(element.name.text);
		}
		found.push({
			specifier: specifier.text,
			resolved: libPath(specifier.text, fileName),
			names,
			line: file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1
		});
	}
	return found;
}

/** Each import of French texts held at module level in a source (empty when none). */
export function moduleLevelMessageImports(source: string, fileName: string): string[] {
	return importsOf(source, fileName)
		.filter(
			(found) =>
				found.names.length > 0 &&
				FRENCH_AT_MODULE_LEVEL.some((pattern) => pattern.test(found.resolved))
		)
		.map(
			(found) =>
				`${path.relative(ROOT, fileName)}:${found.line} imports ${found.names.join(', ')} from '${found.specifier}'`
		);
}

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(full);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [full] : [];
	});
}

/** The family pages: home, request form, tracking, and the error page. */
function familyRouteFiles(): string[] {
	return [
		...readdirSync(PUBLIC)
			.filter((name) => name.startsWith('+page'))
			.map((name) => path.join(PUBLIC, name)),
		...filesUnder(path.join(PUBLIC, 'demande')),
		...filesUnder(path.join(PUBLIC, 'suivi')),
		path.join(ROUTES, '+error.svelte')
	];
}

/** Every file that mails a family (through `enqueueFamilyMail`), and the invitation builder. */
function familyMailFiles(): string[] {
	const callers = filesUnder(LIB).filter((file) =>
		/\benqueueFamilyMail\s*\(/.test(readFileSync(file, 'utf8'))
	);
	return [
		...callers,
		// The one family mail outside enqueueFamilyMail (it has no link to carry: see the file).
		path.join(LIB, 'server/requests/rights/erasure-mail.ts'),
		path.join(LIB, 'server/appointments/appointment-invitation.ts')
	];
}

/** The components of src/lib/components these files render, and the ones those render. */
function componentsRenderedBy(files: string[]): string[] {
	const components = new Set<string>();
	const queue = [...files];
	while (queue.length > 0) {
		const file = queue.pop() ?? '';
		for (const found of importsOf(readFileSync(file, 'utf8'), file)) {
			if (!found.resolved.startsWith('$lib/components/')) continue;
			const target = path.join(LIB, found.resolved.slice('$lib/'.length));
			const candidates = [target, `${target}.ts`, path.join(target, 'index.ts')];
			const existing = candidates.find((c) => existsSync(c) && !c.endsWith(path.sep));
			if (existing && !components.has(existing)) {
				components.add(existing);
				queue.push(existing);
			}
		}
	}
	return [...components];
}

describe('family code never reads the module-level catalogue', () => {
	it('finds an import of m, of a French module or of the French family catalogue', () => {
		const page = path.join(PUBLIC, 'suivi/+page.svelte');
		expect(
			moduleLevelMessageImports(
				`<script lang="ts">\n\timport { m } from '$lib/i18n';\n</script>\n<h1>{m.tracking.title}</h1>`,
				page
			)
		).toEqual([`src/routes/(public)/suivi/+page.svelte:2 imports m from '$lib/i18n'`]);
		expect(
			moduleLevelMessageImports(
				`<script module lang="ts">\n\texport const x = 1;\n</script>\n<script lang="ts">\n\timport { m as messages } from '$lib/i18n/index';\n</script>`,
				page
			)
		).toHaveLength(1);
		const mail = path.join(LIB, 'server/requests/request-mails.ts');
		expect(moduleLevelMessageImports(`import { fr } from '$lib/i18n/fr';`, mail)).toHaveLength(1);
		expect(moduleLevelMessageImports(`import { mail } from '../../i18n/fr/mail';`, mail)).toEqual([
			`src/lib/server/requests/request-mails.ts:1 imports mail from '../../i18n/fr/mail'`
		]);
		expect(
			moduleLevelMessageImports(`import { familyFr } from '$lib/i18n/family/fr';`, mail)
		).toHaveLength(1);
		expect(moduleLevelMessageImports(`export { m } from '$lib/i18n';`, mail)).toHaveLength(1);
	});

	it('lets types, the family catalogues and the page’s messages through', () => {
		const file = path.join(PUBLIC, 'demande/+page.server.ts');
		const allowed = [
			`import type { Messages } from '$lib/i18n';`,
			`import { type Messages } from '$lib/i18n';`,
			`import type { MeetingWay } from '$lib/i18n/fr/calendar';`,
			`import { pageMessages } from '$lib/i18n/page-messages';`,
			`import { familyMessagesOf, type FamilyMessages } from '$lib/i18n/family';`,
			`import { localizedPath } from '$lib/i18n/localized-path';`,
			`import { en } from '$lib/i18n/en';`,
			`import { m } from '$lib/other';`
		];
		for (const source of allowed)
			expect(moduleLevelMessageImports(source, file), source).toEqual([]);
	});

	it('finds the family files it must read', () => {
		const routes = familyRouteFiles();
		const mails = familyMailFiles();
		for (const file of [...routes, ...mails]) expect(existsSync(file), file).toBe(true);
		expect(routes.map((file) => path.relative(ROUTES, file))).toEqual(
			expect.arrayContaining([
				'(public)/+page.svelte',
				'(public)/demande/+page.svelte',
				'(public)/demande/[draft]/[step]/StepPage.svelte',
				'(public)/suivi/[token]/+page.server.ts',
				'(public)/suivi/donnees-effacees/+page.svelte',
				'+error.svelte'
			])
		);
		expect(mails.map((file) => path.relative(LIB, file))).toEqual(
			expect.arrayContaining([
				'server/requests/request-mails.ts',
				'server/appointments/appointment-mail.ts',
				'server/requests/follow-ups/send-follow-ups.ts'
			])
		);
		expect(componentsRenderedBy(routes).map((file) => path.relative(LIB, file))).toEqual(
			expect.arrayContaining(['components/ErrorSummary.svelte', 'components/FieldError.svelte'])
		);
	});

	it('no family page, component of one, family mail or invitation imports the French catalogue', () => {
		const routes = familyRouteFiles();
		const files = [...routes, ...componentsRenderedBy(routes), ...familyMailFiles()];
		const offences = files.flatMap((file) =>
			moduleLevelMessageImports(readFileSync(file, 'utf8'), file)
		);
		expect(offences).toEqual([]);
	});
});
