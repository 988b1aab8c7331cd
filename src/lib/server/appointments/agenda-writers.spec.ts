import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every function that gives an animator's time to an appointment (an insert into
 * `appointments`, or an update that sets `startsAt`) takes the animator's agenda lock first
 * (lock-animator-agendas.ts). Without it, concurrent writers meet inside the exclusion check
 * and PostgreSQL aborts one of them as a deadlock victim. This test reads the code.
 */
const ROOT = path.resolve('src/lib/server');

function sourcesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourcesUnder(full);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
	});
}

const isCallOf = (n: ts.Node, method: string): n is ts.CallExpression =>
	ts.isCallExpression(n) &&
	ts.isPropertyAccessExpression(n.expression) &&
	n.expression.name.text === method;

const onAppointments = (call: ts.CallExpression) => {
	const [table] = call.arguments;
	return table !== undefined && ts.isIdentifier(table) && table.text === 'appointments';
};

/** Whether a node writes an animator's time: insert(appointments), or update(appointments).set({ startsAt }). */
function writesTime(n: ts.Node): boolean {
	if (isCallOf(n, 'insert') && onAppointments(n)) return true;
	if (!isCallOf(n, 'set')) return false;
	const target = (n.expression as ts.PropertyAccessExpression).expression;
	if (!isCallOf(target, 'update') || !onAppointments(target)) return false;
	const [values] = n.arguments;
	return (
		values !== undefined &&
		ts.isObjectLiteralExpression(values) &&
		values.properties.some((p) => p.name !== undefined && p.name.getText() === 'startsAt')
	);
}

/** The functions of a source that write an animator's time without taking the agenda lock. */
export function unlockedTimeWriters(source: string, fileName = 'file.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const offences: string[] = [];
	const visitFunction = (fn: ts.FunctionLikeDeclaration) => {
		let writes = false;
		let locks = false;
		const visit = (n: ts.Node) => {
			if (n !== fn && ts.isFunctionLike(n) && !ts.isArrowFunction(n)) return;
			if (writesTime(n)) writes = true;
			if (ts.isCallExpression(n) && n.expression.getText(file) === 'lockAnimatorAgendas')
				locks = true;
			ts.forEachChild(n, visit);
		};
		visit(fn);
		if (writes && !locks) offences.push(fn.name?.getText(file) ?? '(anonymous)');
	};
	const walk = (n: ts.Node) => {
		if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) visitFunction(n);
		ts.forEachChild(n, walk);
	};
	walk(file);
	return offences;
}

describe('the writers of an animator’s time', () => {
	it('find a function that inserts an appointment without the agenda lock', () => {
		const source = `async function book(tx) { await tx.insert(appointments).values({}); }`;
		expect(unlockedTimeWriters(source)).toEqual(['book']);
	});

	it('find a move that sets a new time without the lock, not a release', () => {
		const move = `function move(tx) { return tx.update(appointments).set({ startsAt: a, endsAt: b }); }`;
		const release = `function release(tx) { return tx.update(appointments).set({ status: 'released' }); }`;
		expect(unlockedTimeWriters(move)).toEqual(['move']);
		expect(unlockedTimeWriters(release)).toEqual([]);
	});

	it('accept a writer that locks the agenda', () => {
		const source = `async function book(tx) {
			await lockAnimatorAgendas(tx, [id]);
			await tx.transaction(async (t) => t.insert(appointments).values({}));
		}`;
		expect(unlockedTimeWriters(source)).toEqual([]);
	});

	it('take the agenda lock in every function of src/lib/server that writes a time', () => {
		const offences = sourcesUnder(ROOT).flatMap((file) =>
			unlockedTimeWriters(readFileSync(file, 'utf8'), file).map(
				(fn) => `${path.relative('.', file)}: ${fn}`
			)
		);
		expect(offences).toEqual([]);
	});
});
