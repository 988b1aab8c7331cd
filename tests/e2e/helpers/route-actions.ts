import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import ts from 'typescript';

/**
 * The form actions a page's `+page.server.ts` exports, read from the source: a test that
 * posts to every action of a page follows the page when an action is added. `default` is
 * the page's own URL; a named action is `?/<name>`.
 */
export function actionsOfRoute(routeId: string): string[] {
	const { configFile, rootDir } = test.info().config;
	const root = configFile ? path.dirname(configFile) : rootDir;
	const file = path.join(root, 'src/routes', routeId, '+page.server.ts');
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
