import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '$lib/staff-roles';

/**
 * Layout loads do not run for form actions, so a guard in a layout protects nothing: every
 * load, every action and every endpoint handler under a staff route group must call
 * requireUser itself. This reads the route files and lists any that does not.
 */
const ROUTES = path.resolve('src/routes');

/**
 * Which roles each group's guards admit, by the role list written in every requireUser call.
 * The coordinator works the territory, never a family's file: the coordinator is admitted in
 * the coordinator's group, which admits nobody else, and in the observatory, whose anonymised
 * counts every role reads for its own scope (an official their territory, a relay's team its
 * relay, the coordinator the deployment) and which holds no personal datum nor a single
 * request. The observatory names its four roles in full. Every other call, anywhere in the
 * routes, must name its roles (a bare `requireUser(event)` admits every role) and leave the
 * coordinator out.
 */
type RoleRule = { exactly: StaffRole } | { never: StaffRole } | { allOf: readonly StaffRole[] };
const OBSERVATORY_ROLES: readonly StaffRole[] = ['official', 'coordinator', 'admin', 'animator'];
const GROUP_ROLES: Record<string, RoleRule> = {
	'(staff)': { never: 'coordinator' },
	'(observatory)': { allOf: OBSERVATORY_ROLES },
	'(coordinator)': { exactly: 'coordinator' }
};
const OUTSIDE_GROUPS: RoleRule = { never: 'coordinator' };
const GUARDED_GROUPS = Object.keys(GROUP_ROLES);
const HANDLERS = new Set(['load', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function serverFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return serverFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(entry.name) ? [full] : [];
	});
}

function callsGuard(node: ts.Node, guard: string): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === guard)
			found = true;
		if (!found) ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

/** Names of the handlers in a route file that do not call the guard (requireUser). */
export function unguardedHandlers(
	source: string,
	fileName = 'route.ts',
	guard = 'requireUser'
): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const missing: string[] = [];
	const check = (name: string, body: ts.Node | undefined) => {
		if (!body || !callsGuard(body, guard)) missing.push(name);
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

/** Why each requireUser call of a route file breaks the role rule; empty when none does. */
export function roleOffences(source: string, rule: RoleRule, fileName = 'route.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const offences: string[] = [];
	const visit = (n: ts.Node) => {
		if (
			ts.isCallExpression(n) &&
			ts.isIdentifier(n.expression) &&
			n.expression.text === 'requireUser'
		) {
			const line = file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
			const call = `line ${line}: ${n.getText(file)}`;
			const roleArgs = n.arguments.slice(1);
			const roles = roleArgs.flatMap((a) => (ts.isStringLiteralLike(a) ? [a.text] : []));
			if (roles.length !== roleArgs.length) offences.push(`${call} (roles must be literals)`);
			else if ('allOf' in rule) {
				const same =
					roles.length === rule.allOf.length && rule.allOf.every((r) => roles.includes(r));
				if (!same)
					offences.push(`${call} (exactly ${rule.allOf.map((r) => `'${r}'`).join(', ')} here)`);
			} else if ('exactly' in rule) {
				if (roles.length !== 1 || roles[0] !== rule.exactly)
					offences.push(`${call} (only '${rule.exactly}' here)`);
			} else if (roles.length === 0) offences.push(`${call} (names no role: admits every role)`);
			else if (roles.includes(rule.never)) offences.push(`${call} (never '${rule.never}' here)`);
		}
		ts.forEachChild(n, visit);
	};
	visit(file);
	return offences;
}

/** The group folder a route file is in, when it is in one of the guarded groups. */
const groupOf = (file: string) =>
	GUARDED_GROUPS.find((group) => path.relative(ROUTES, file).split(path.sep).includes(group));

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

	it('every requireUser call admits exactly the roles of its group', () => {
		const offenders = serverFiles(ROUTES).flatMap((file) => {
			const group = groupOf(file);
			const rule = group ? GROUP_ROLES[group] : OUTSIDE_GROUPS;
			if (!rule) throw new Error(`no rule for ${group}`);
			return roleOffences(readFileSync(file, 'utf8'), rule, file).map(
				(offence) => `${path.relative(ROUTES, file)}: ${offence}`
			);
		});
		expect(offenders).toEqual([]);
	});

	it('the territory is the coordinator’s: its pages live in the (coordinator) group', () => {
		const misplaced = serverFiles(ROUTES)
			.map((file) => path.relative(ROUTES, file).split(path.sep))
			.filter((parts) => parts.includes('territoire') && parts[0] !== '(coordinator)')
			.map((parts) => parts.join('/'));
		expect(misplaced).toEqual([]);
	});

	it('the role check catches a coordinator page that forgets its role or admits another', () => {
		const rule = GROUP_ROLES['(coordinator)'];
		if (!rule) throw new Error('no rule for (coordinator)');
		const source = `
			export const load = (event) => { requireUser(event, 'coordinator'); return {}; };
			export const actions = {
				forgot: async (event) => { requireUser(event); },
				shared: async (event) => { requireUser(event, 'coordinator', 'admin'); },
				other: async (event) => { requireUser(event, 'admin'); },
				hidden: async (event) => { requireUser(event, ...roles); }
			};`;
		expect(roleOffences(source, rule).map((o) => o.replace(/^line \d+: /, ''))).toEqual([
			"requireUser(event) (only 'coordinator' here)",
			"requireUser(event, 'coordinator', 'admin') (only 'coordinator' here)",
			"requireUser(event, 'admin') (only 'coordinator' here)",
			'requireUser(event, ...roles) (roles must be literals)'
		]);
		expect(roleOffences(`export const load = (e) => requireUser(e, 'coordinator');`, rule)).toEqual(
			[]
		);
	});

	it('the role check catches a staff page that admits the coordinator or every role', () => {
		const rule = GROUP_ROLES['(staff)'];
		if (!rule) throw new Error('no rule for (staff)');
		const source = `
			export const load = (event) => { requireUser(event, 'admin', 'animator'); return {}; };
			export const actions = {
				open: async (event) => { requireUser(event); },
				leak: async (event) => { requireUser(event, 'admin', 'coordinator'); }
			};`;
		expect(roleOffences(source, rule).map((o) => o.replace(/^line \d+: /, ''))).toEqual([
			'requireUser(event) (names no role: admits every role)',
			"requireUser(event, 'admin', 'coordinator') (never 'coordinator' here)"
		]);
	});

	it('the role check admits exactly the observatory’s four roles there', () => {
		const rule = GROUP_ROLES['(observatory)'];
		if (!rule) throw new Error('no rule for (observatory)');
		expect(
			roleOffences(
				`export const load = (e) => requireUser(e, 'official', 'coordinator', 'admin', 'animator');`,
				rule
			)
		).toEqual([]);
		const source = `
			export const load = (event) => { requireUser(event, 'official'); return {}; };
			export const GET = (event) => { requireUser(event); };
			export const POST = (event) => { requireUser(event, 'official', 'coordinator', 'admin', 'animator', 'childminder'); };`;
		expect(roleOffences(source, rule)).toHaveLength(3);
	});

	it('every route file is judged by its own group', () => {
		expect(groupOf(path.join(ROUTES, '(coordinator)/territoire/+page.server.ts'))).toBe(
			'(coordinator)'
		);
		expect(groupOf(path.join(ROUTES, '(staff)/relais/file/+page.server.ts'))).toBe('(staff)');
		expect(groupOf(path.join(ROUTES, '(observatory)/observatoire/+page.server.ts'))).toBe(
			'(observatory)'
		);
		expect(groupOf(path.join(ROUTES, '(public)/demande/+page.server.ts'))).toBeUndefined();
	});

	it('the check itself catches an action without the guard', () => {
		const source = `
			export const load = (event) => { requireUser(event, 'admin'); return {}; };
			export const actions = { ok: async (event) => { requireUser(event); }, leak: async () => ({}) };
			export const GET = () => new Response('');`;
		expect(unguardedHandlers(source)).toEqual(['actions.leak', 'GET']);
	});
});

/**
 * A childminder's own pages: her session is not a staff session. Every load and action of the
 * (childminder) group calls requireChildminder (which scopes everything to her id), none calls
 * requireUser (staff have no action there), and her pages live only in that group.
 */
describe('childminder route guards', () => {
	const dir = path.join(ROUTES, '(childminder)');
	const files = existsSync(dir) ? serverFiles(dir) : [];

	it('finds the childminder route files', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it('every load and action of her pages calls requireChildminder', () => {
		const offenders = files.flatMap((file) =>
			unguardedHandlers(readFileSync(file, 'utf8'), file, 'requireChildminder').map(
				(h) => `${path.relative(ROUTES, file)}: ${h}`
			)
		);
		expect(offenders).toEqual([]);
	});

	it('no handler of her pages admits a staff session', () => {
		const offenders = files
			.filter((file) => /\brequireUser\b/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative(ROUTES, file));
		expect(offenders).toEqual([]);
	});

	it('only her pages call requireChildminder', () => {
		const misplaced = serverFiles(ROUTES)
			.filter((file) => !path.relative(ROUTES, file).startsWith('(childminder)'))
			.filter((file) => /\brequireChildminder\b/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative(ROUTES, file));
		expect(misplaced).toEqual([]);
	});

	it('the check catches a childminder action without her guard', () => {
		const source = `
			export const load = (event) => { requireChildminder(event); return {}; };
			export const actions = { add: async (e) => { requireChildminder(e); }, leak: async (e) => { requireUser(e, 'admin'); } };`;
		expect(unguardedHandlers(source, 'route.ts', 'requireChildminder')).toEqual(['actions.leak']);
	});
});
