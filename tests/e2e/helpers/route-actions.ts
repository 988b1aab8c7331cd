import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import ts from 'typescript';

function routesFolder(): string {
	const { configFile, rootDir } = test.info().config;
	return path.join(configFile ? path.dirname(configFile) : rootDir, 'src/routes');
}

/** Every page with a server file under a route group, as route ids: `(staff)/relais/file`. */
export function pagesOfGroup(group: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) return walk(full);
			return entry.name === '+page.server.ts' ? [path.relative(routesFolder(), dir)] : [];
		});
	return walk(path.join(routesFolder(), group)).map((id) => id.split(path.sep).join('/'));
}

/**
 * The URL of a route id: the group dropped, each `[param]` replaced by its value (a route
 * with a parameter not given fails, so that a new one is filled in on purpose).
 */
export function pathOfRoute(routeId: string, params: Record<string, string>): string {
	return `/${routeId
		.split('/')
		.filter((part) => !/^\(.*\)$/.test(part))
		.map((part) => {
			const name = /^\[(\w+)\]$/.exec(part)?.[1];
			if (!name) return part;
			const value = params[name];
			if (value === undefined) throw new Error(`no value for [${name}] of ${routeId}`);
			return value;
		})
		.join('/')}`;
}

/**
 * The form actions a page's `+page.server.ts` exports, read from the source: a test that
 * posts to every action of a page follows the page when an action is added. `default` is
 * the page's own URL; a named action is `?/<name>`.
 */
export function actionsOfRoute(routeId: string): string[] {
	const file = path.join(routesFolder(), routeId, '+page.server.ts');
	if (!existsSync(file)) throw new Error(`no ${file}: is the page of ${routeId} built?`);
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const names: string[] = [];
	for (const statement of source.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name) || decl.name.text !== 'actions') continue;
			let init = decl.initializer;
			while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)))
				init = init.expression;
			if (!init || !ts.isObjectLiteralExpression(init))
				throw new Error(`${file}: actions is not an object literal`);
			for (const prop of init.properties) {
				if (!prop.name || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)))
					throw new Error(`${file}: an action without a plain name`);
				names.push(prop.name.text);
			}
		}
	}
	return names;
}

/** The URL a form of the page posts to for that action. */
export function actionUrl(pagePath: string, action: string): string {
	return action === 'default' ? pagePath : `${pagePath}?/${action}`;
}
