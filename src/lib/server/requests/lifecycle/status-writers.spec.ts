import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A request's status changes in one place, requests/lifecycle/change-status.ts, which checks
 * the edge against the state machine and writes the event and the audit entry with it. This
 * test reads the code (src and scripts) and fails on any other UPDATE of the status column,
 * through drizzle or in SQL. Inserting a request with its first status is not a change.
 */
const ROOT = path.resolve('.');
const SCANNED = ['src', 'scripts'];
const THE_WRITER = 'src/lib/server/requests/lifecycle/change-status.ts';
const RAW_SQL_STATUS_UPDATE = /\bupdate\s+"?childcare_requests"?\s+set\b[^;]*?\bstatus"?\s*=(?!=)/i;

function isUpdateOfRequests(call: ts.Expression): boolean {
	if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
	const [table] = call.arguments;
	return (
		call.expression.name.text === 'update' &&
		table !== undefined &&
		ts.isIdentifier(table) &&
		table.text === 'childcareRequests'
	);
}

/** Each place a source writes a request's status, with its line; empty when it does not. */
export function statusWrites(source: string, fileName = 'file.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const offences: string[] = [];
	const lineOf = (n: ts.Node) => file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
	const visit = (n: ts.Node) => {
		if (
			ts.isCallExpression(n) &&
			ts.isPropertyAccessExpression(n.expression) &&
			n.expression.name.text === 'set' &&
			isUpdateOfRequests(n.expression.expression)
		) {
			const [values] = n.arguments;
			if (values && ts.isObjectLiteralExpression(values)) {
				for (const prop of values.properties) {
					const name =
						prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))
							? prop.name.text
							: null;
					if (name === 'status') offences.push(`line ${lineOf(prop)}: set({ status })`);
				}
			}
		}
		if (
			(ts.isStringLiteralLike(n) ||
				ts.isTemplateHead(n) ||
				ts.isTemplateMiddle(n) ||
				ts.isTemplateTail(n)) &&
			RAW_SQL_STATUS_UPDATE.test(n.text)
		)
			offences.push(`line ${lineOf(n)}: SQL updating the status`);
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

describe("one writer of a request's status", () => {
	const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map(relative);

	it('no file but the lifecycle module updates childcare_requests.status', () => {
		const offenders = files
			.filter((file) => file !== THE_WRITER)
			.flatMap((file) =>
				statusWrites(readFileSync(path.join(ROOT, file), 'utf8'), file).map(
					(offence) => `${file}: ${offence}`
				)
			);
		expect(offenders).toEqual([]);
	});

	it('the lifecycle module does (a moved writer must be named here again)', () => {
		expect(statusWrites(readFileSync(path.join(ROOT, THE_WRITER), 'utf8'))).not.toEqual([]);
	});

	it('recognises every way of writing the status', () => {
		const source = `
			await tx.update(childcareRequests).set({ status: 'closed_by_relay', updatedAt: now });
			await db.update(childcareRequests).set({ status }).where(w);
			await db.execute(sql\`update childcare_requests set updated_at = now(), status = 'received'\`);
			await db.execute(sql\`UPDATE "childcare_requests" SET "status" = \${to}\`);`;
		expect(statusWrites(source).map((o) => o.replace(/^line \d+: /, ''))).toEqual([
			'set({ status })',
			'set({ status })',
			'SQL updating the status',
			'SQL updating the status'
		]);
	});

	it('other columns, other tables and reading are not writing the status', () => {
		const source = `
			await db.update(childcareRequests).set({ assignedTo: id, updatedAt: now });
			await db.update(appointments).set({ status: 'cancelled' });
			await db.insert(childcareRequests).values({ status: 'received' });
			await db.select({ status: childcareRequests.status }).from(childcareRequests);
			await db.execute(sql\`select status from childcare_requests where status = 'received'\`);`;
		expect(statusWrites(source)).toEqual([]);
	});
});
