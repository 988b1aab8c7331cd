import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Layout loads do not run for form actions, so a guard in a layout protects nothing: every
 * load, every action and every endpoint handler under a staff route group must call
 * requireUser itself. This reads the route files and lists any that does not.
 */
const ROUTES = path.resolve('src/routes');
const GUARDED_GROUPS = ['(staff)', '(officials)', '(coordinator)'];
const HANDLERS = new Set(['load', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function serverFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return serverFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(entry.name) ? [full] : [];
	});
}

function callsRequireUser(node: ts.Node): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (
			ts.isCallExpression(n) &&
			ts.isIdentifier(n.expression) &&
			n.expression.text === 'requireUser'
		)
			found = true;
		if (!found) ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

/** Names of the handlers in a route file that do not call requireUser. */
export function unguardedHandlers(source: string, fileName = 'route.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const missing: string[] = [];
	const check = (name: string, body: ts.Node | undefined) => {
		if (!body || !callsRequireUser(body)) missing.push(name);
	};
	for (const statement of file.statements) {
		const exported = ts
			.getModifiers(statement as ts.HasModifiers)
			?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
		if (!exported) continue;
		if (
			ts.isFunctionDeclaration(statement) &&
			statement.name &&
			HANDLERS.has(statement.name.text)
		) {
			check(statement.name.text, statement.body);
		}
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name)) continue;
			const name = decl.name.text;
			let init = decl.initializer;
			while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)))
				init = init.expression;
			if (HANDLERS.has(name)) check(name, init);
			if (name === 'actions' && init && ts.isObjectLiteralExpression(init)) {
				for (const prop of init.properties) {
					const actionName = prop.name && ts.isIdentifier(prop.name) ? prop.name.text : '?';
					check(`actions.${actionName}`, prop);
				}
			}
		}
	}
	return missing;
}

describe('staff route guards', () => {
	const files = GUARDED_GROUPS.map((group) => path.join(ROUTES, group))
		.filter((dir) => existsSync(dir))
		.flatMap(serverFiles);

	it('finds the staff route files', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it('every load, action and handler of a staff route calls requireUser', () => {
		const offenders = files.flatMap((file) =>
			unguardedHandlers(readFileSync(file, 'utf8'), file).map(
				(h) => `${path.relative(ROUTES, file)}: ${h}`
			)
		);
		expect(offenders).toEqual([]);
	});

	it('the check itself catches an action without the guard', () => {
		const source = `
			export const load = (event) => { requireUser(event, 'admin'); return {}; };
			export const actions = { ok: async (event) => { requireUser(event); }, leak: async () => ({}) };
			export const GET = () => new Response('');`;
		expect(unguardedHandlers(source)).toEqual(['actions.leak', 'GET']);
	});
});
