import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The route tree read from `src/routes` at collection time (no test is running yet, so the
 * folder is found from this file, not from the test's config): every route outside the public
 * group, with each load, endpoint handler and form action it exports and the roles its guard
 * names. A test generated from it follows the tree: a route or an action added later is tried
 * without anyone writing it down.
 */
export const ROUTES_FOLDER = path.resolve(import.meta.dirname, '..', '..', '..', 'src', 'routes');

/** Who a handler may admit: a staff role, or a childminder through her own cookie. */
export type Identity = 'admin' | 'animator' | 'official' | 'coordinator' | 'childminder';
export const IDENTITIES: readonly Identity[] = [
	'admin',
	'animator',
	'official',
	'coordinator',
	'childminder'
];

export interface RouteHandler {
	/** `load`, `GET`, `POST`…, or `actions.<name>`. */
	name: string;
	method: string;
	/** The action's name (`default` or a named one), for a form action. */
	action?: string;
	/** The identities its own guard admits; null when it calls no guard at all. */
	roles: Identity[] | null;
}

export interface GuardedRoute {
	/** The route id, as SvelteKit names it: `(staff)/relais/equipe/[id]`. */
	id: string;
	/** The route's parameters, in order: `['reference', 'id']`. */
	params: string[];
	handlers: RouteHandler[];
	/** A page (`+page.svelte`) with no server file: nothing on the server guards it. */
	unguardedPage: boolean;
}

/** The public group: families, childminders asking for their link, signing in. */
const PUBLIC_GROUP = '(public)';
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

const routeIdOf = (dir: string) => path.relative(ROUTES_FOLDER, dir).split(path.sep).join('/');

function routeDirs(dir: string): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some(
		(e) => e.isFile() && /^\+(page\.svelte|page\.server\.ts|server\.ts)$/.test(e.name)
	)
		? [dir]
		: [];
	return [
		...here,
		...entries.filter((e) => e.isDirectory()).flatMap((e) => routeDirs(path.join(dir, e.name)))
	];
}

/** The identities named by the guard calls inside a handler's body. */
function guardRoles(node: ts.Node): Identity[] | null {
	let roles: Identity[] | null = null;
	const visit = (n: ts.Node) => {
		if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
			if (n.expression.text === 'requireChildminder') roles = [...(roles ?? []), 'childminder'];
			if (n.expression.text === 'requireUser') {
				const named = n.arguments
					.slice(1)
					.flatMap((a) => (ts.isStringLiteralLike(a) ? [a.text as Identity] : []));
				// A bare requireUser(event) admits every staff role.
				const admitted = named.length > 0 ? named : IDENTITIES.filter((i) => i !== 'childminder');
				roles = [...(roles ?? []), ...admitted];
			}
		}
		ts.forEachChild(n, visit);
	};
	visit(node);
	return roles;
}

function handlersOf(file: string, kind: 'page' | 'endpoint'): RouteHandler[] {
	const source = ts.createSourceFile(
		file,
		readFileSync(file, 'utf8'),
		ts.ScriptTarget.Latest,
		true
	);
	const handlers: RouteHandler[] = [];
	for (const statement of source.statements) {
		const exported = ts
			.getModifiers(statement as ts.HasModifiers)
			?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
		if (!exported) continue;
		const add = (name: string, body: ts.Node | undefined) => {
			const roles = body ? guardRoles(body) : null;
			if (name === 'load' && kind === 'page') handlers.push({ name, method: 'GET', roles });
			else if (METHODS.has(name) && kind === 'endpoint')
				handlers.push({ name, method: name, roles });
		};
		if (ts.isFunctionDeclaration(statement) && statement.name)
			add(statement.name.text, statement.body);
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name)) continue;
			let init = decl.initializer;
			while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)))
				init = init.expression;
			if (decl.name.text !== 'actions') {
				add(decl.name.text, init);
				continue;
			}
			if (!init || !ts.isObjectLiteralExpression(init))
				throw new Error(`${file}: actions is not an object literal`);
			for (const prop of init.properties) {
				if (!prop.name || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)))
					throw new Error(`${file}: an action without a plain name`);
				const action = prop.name.text;
				handlers.push({
					name: `actions.${action}`,
					method: 'POST',
					action,
					roles: guardRoles(prop)
				});
			}
		}
	}
	return handlers;
}

/** Every route outside the public group, with its handlers. */
export function guardedRoutes(): GuardedRoute[] {
	return routeDirs(ROUTES_FOLDER)
		.map((dir) => ({ dir, id: routeIdOf(dir) }))
		.filter(({ id }) => id !== '' && id.split('/')[0] !== PUBLIC_GROUP)
		.map(({ dir, id }) => {
			const page = path.join(dir, '+page.server.ts');
			const endpoint = path.join(dir, '+server.ts');
			const handlers = [
				...(existsSync(page) ? handlersOf(page, 'page') : []),
				...(existsSync(endpoint) ? handlersOf(endpoint, 'endpoint') : [])
			];
			return {
				id,
				params: [...id.matchAll(/\[(\w+)\]/g)].map((match) => match[1] ?? ''),
				handlers,
				unguardedPage: existsSync(path.join(dir, '+page.svelte')) && !existsSync(page)
			};
		});
}

/** Every route id of the tree, public ones included: for checking a list of exceptions. */
export function allRouteIds(): string[] {
	return routeDirs(ROUTES_FOLDER).map(routeIdOf);
}

/** The URL of a route id: groups dropped, `[param]` replaced (a param not given throws). */
export function pathOf(routeId: string, params: Record<string, string>): string {
	const parts = routeId
		.split('/')
		.filter((part) => !/^\(.*\)$/.test(part))
		.map((part) =>
			part.replace(/\[(\w+)\]/g, (_, name: string) => {
				const value = params[name];
				if (value === undefined) throw new Error(`no value for [${name}] of ${routeId}`);
				return value;
			})
		);
	return `/${parts.join('/')}`;
}

/** The forms of a page: each action's URL suffix (`?/take`, or '' for default) and hidden fields. */
export function formsOf(html: string): Map<string, Record<string, string>> {
	const forms = new Map<string, Record<string, string>>();
	for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		const attributes = attributesOf(match[1] ?? '');
		if ((attributes.method ?? 'get').toLowerCase() !== 'post') continue;
		const action = /^\?\/(\w+)/.exec(decode(attributes.action ?? ''))?.[1] ?? 'default';
		const hidden: Record<string, string> = {};
		for (const input of (match[2] ?? '').matchAll(/<input\b([^>]*)>/g)) {
			const field = attributesOf(input[1] ?? '');
			if (field.type === 'hidden' && field.name) hidden[field.name] = field.value ?? '';
		}
		// The first form of each action on the page (a list of rows has one per row).
		if (!forms.has(action)) forms.set(action, hidden);
	}
	return forms;
}

function attributesOf(text: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const m of text.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
		if (m[1]) attributes[m[1]] = decode(m[2] ?? '');
	}
	return attributes;
}

const decode = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
