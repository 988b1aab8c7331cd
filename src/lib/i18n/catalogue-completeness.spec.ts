import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A missing key in the English or Arabic family catalogue must fail the type check
 * (`npm run check`), not show up as `undefined` on a family's page. Each case below takes a
 * real catalogue file, removes one key from its source, and type-checks it with the
 * project's own compiler options (path aliases included): the compiler must name the key.
 */
const ROOT = path.resolve('.');
const I18N = path.join(ROOT, 'src/lib/i18n');
const TRANSLATED = ['en', 'ar'] as const;

const parsedConfig = (() => {
	const configPath = path.join(ROOT, 'tsconfig.json');
	const parsed = ts.getParsedCommandLineOfConfigFile(
		configPath,
		{},
		{
			...ts.sys,
			onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
				throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
			}
		}
	);
	if (!parsed) throw new Error('tsconfig.json cannot be read');
	return parsed;
})();

/**
 * The project's options, less what catalogues never use and the compiler would read for every
 * case: the DOM's types and every installed @types package. Keeps the whole file fast.
 */
const options: ts.CompilerOptions = {
	...parsedConfig.options,
	types: [],
	lib: ['lib.esnext.d.ts']
};

/** The object literal of the file's first exported `const`: the catalogue it holds. */
function catalogueLiteral(file: ts.SourceFile): ts.ObjectLiteralExpression {
	for (const statement of file.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		const exported = ts
			.getModifiers(statement)
			?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
		const init = statement.declarationList.declarations[0]?.initializer;
		if (exported && init && ts.isObjectLiteralExpression(init)) return init;
	}
	throw new Error(`${file.fileName} exports no catalogue object`);
}

const nameOf = (property: ts.ObjectLiteralElementLike, file: ts.SourceFile): string =>
	property.name ? property.name.getText(file) : property.getText(file);

/**
 * The source without one property of the catalogue: the first one of its top level, or with
 * `nested`, the first one of the first property whose value is an object.
 */
export function withoutOneKey(
	source: string,
	fileName: string,
	nested = false
): { source: string; key: string } {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	let literal = catalogueLiteral(file);
	if (nested) {
		const inner = literal.properties.find(
			(p): p is ts.PropertyAssignment =>
				ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer)
		);
		if (!inner) throw new Error(`${fileName} has no nested object`);
		literal = inner.initializer as ts.ObjectLiteralExpression;
	}
	const removed = literal.properties[0];
	if (!removed) throw new Error(`${fileName}: empty catalogue`);
	// The comma after it goes too, so the rest still parses.
	const next = literal.properties[1];
	const end = next ? next.getStart(file) : removed.getEnd();
	return {
		source: source.slice(0, removed.getStart(file)) + source.slice(end),
		key: nameOf(removed, file)
	};
}

let previous: ts.Program | undefined;

interface ReplacedFile {
	fileName: string;
	source: string;
}

/**
 * Type-checks the catalogues of both languages, some files replaced, and returns the
 * diagnostics of the files checked: the replaced ones, else every English and Arabic file.
 */
function diagnosticsOf(replaced: ReplacedFile[] = []): string[] {
	const sources = new Map(replaced.map((file) => [file.fileName, file.source]));
	const host = ts.createCompilerHost(options, true);
	const readFile = host.readFile.bind(host);
	const getSourceFile = host.getSourceFile.bind(host);
	host.readFile = (fileName) => sources.get(path.resolve(fileName)) ?? readFile(fileName);
	host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
		const source = sources.get(path.resolve(fileName));
		return source === undefined
			? getSourceFile(fileName, languageVersion, onError, shouldCreate)
			: ts.createSourceFile(fileName, source, languageVersion, true);
	};
	const roots = TRANSLATED.map((locale) => path.join(I18N, locale, 'index.ts'));
	// The previous program lends its parsed files (lib.d.ts above all): each case stays fast.
	const program = ts.createProgram(roots, options, host, previous);
	previous = program;
	const checked = program.getSourceFiles().filter((file) => {
		const name = path.resolve(file.fileName);
		return sources.size > 0
			? sources.has(name)
			: TRANSLATED.some((locale) => name.startsWith(path.join(I18N, locale) + path.sep));
	});
	return [
		...program.getOptionsDiagnostics(),
		...checked.flatMap((file) => [
			...program.getSyntacticDiagnostics(file),
			...program.getSemanticDiagnostics(file)
		])
	].map(
		(d) =>
			`${path.relative(I18N, d.file?.fileName ?? '')}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`
	);
}

/** The file of each translated language, without one key; `key` is the one removed. */
function broken(file: string, nested = false): (ReplacedFile & { locale: string; key: string })[] {
	return TRANSLATED.map((locale) => {
		const fileName = path.join(I18N, locale, file);
		const original = ts.sys.readFile(fileName);
		if (original === undefined) throw new Error(`${fileName} is missing`);
		return { locale, fileName, ...withoutOneKey(original, fileName, nested) };
	});
}

/**
 * Each file's removed key named by the compiler as missing, in that very file (whatever the
 * way the module is typed: `: typeof fr` says it at once, `satisfies` down its message chain).
 */
function expectMissingKeysNamed(files: ReturnType<typeof broken>, file: string): void {
	const diagnostics = diagnosticsOf(files).join('\n');
	for (const { locale, key } of files) {
		expect(diagnostics).toMatch(
			new RegExp(
				`${locale}/${file.replace('.', '\\.')}: TS\\d+ [^\\n]*Property '${key}' is missing in type`
			)
		);
	}
}

describe('the family catalogues are complete, or the type check fails', () => {
	it('removes a key from a catalogue source, and only that', () => {
		const source = `import type { home as fr } from '../fr/home';
export const home: typeof fr = {
	title: 'Title',
	what: { heading: 'What', text: 'Text' },
	lead: 'Lead'
};`;
		const top = withoutOneKey(source, 'home.ts');
		expect(top.key).toBe('title');
		expect(top.source).not.toContain('Title');
		expect(top.source).toContain(`what: { heading: 'What', text: 'Text' },\n\tlead: 'Lead'`);
		const nested = withoutOneKey(source, 'home.ts', true);
		expect(nested.key).toBe('heading');
		expect(nested.source).toContain(`what: { text: 'Text' }`);
	});

	it('the real English and Arabic catalogues type-check without a diagnostic', () => {
		expect(diagnosticsOf()).toEqual([]);
	});

	it('a key missing from the home page module is named by the compiler, in each language', () => {
		expectMissingKeysNamed(broken('home.ts'), 'home.ts');
	});

	it('a nested key missing from the tracking module is named by the compiler, in each language', () => {
		expectMissingKeysNamed(broken('tracking.ts', true), 'tracking.ts');
	});

	it('a module missing from the family catalogue is named by the compiler, in each language', () => {
		expectMissingKeysNamed(broken('index.ts'), 'index.ts');
	});

	it('`npm run check` type-checks every English and Arabic catalogue file', () => {
		// svelte-check takes its files from tsconfig.json: each catalogue file must be one of them.
		const checked = new Set(parsedConfig.fileNames.map((name) => path.resolve(name)));
		const catalogueFiles = TRANSLATED.flatMap((locale) =>
			readdirSync(path.join(I18N, locale))
				.filter((name) => name.endsWith('.ts'))
				.map((name) => path.join(I18N, locale, name))
		);
		expect(catalogueFiles.length).toBeGreaterThan(2);
		expect(catalogueFiles.filter((name) => !checked.has(name))).toEqual([]);
	});
});
