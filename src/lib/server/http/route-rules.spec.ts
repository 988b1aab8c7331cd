import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules every route file keeps, read from the code: a new route that forgets one fails here.
 * Route files are the front door: they parse input, call one domain function and answer.
 */
const routes = path.resolve('src/routes');
const routeFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
const offending = (pattern: RegExp) =>
	routeFiles(routes)
		.filter((file) => pattern.test(readFileSync(file, 'utf8')))
		.map((file) => path.relative(routes, file));

describe('route files', () => {
	it('are found (the test reads the right folder)', () => {
		expect(offending(/readForm\(/).length).toBeGreaterThanOrEqual(10);
	});

	// `request.formData()` turns a malformed body into a 500 and parses any number of fields.
	it('read their forms through readForm, never request.formData()', () => {
		expect(offending(/\.formData\s*\(/)).toEqual([]);
	});

	it('never import a database driver or drizzle: a domain function does the query', () => {
		expect(offending(/from '(drizzle-orm|postgres|@electric-sql\/pglite)/)).toEqual([]);
	});

	// The database comes with the event (`locals.db`, set by hooks.server.ts), like the user.
	it('take the database from locals, never from the module that opens it', () => {
		expect(offending(/\$lib\/server\/db\/runtime|runtimeDatabase/)).toEqual([]);
	});

	// A page with several forms tells them apart by one key, `action` ($lib/forms/form-answer),
	// built by the helpers of form-failure.ts, not by hand under another name.
	it('answer their forms in one shape: formAnswer and the form-failure helpers', () => {
		expect(offending(/fail\(\d+,\s*\{[^{}]*\b(action|section|form|expired)\b\s*[:,}]/)).toEqual([]);
		expect(offending(/return \{\s*(action|section|form):/)).toEqual([]);
	});

	// Booking rules live in the appointments domain (slot-booking.ts): a route that looks slots
	// up again or calls the booking primitives itself is holding a rule of its own.
	it('never look free slots up nor book, offer or move by themselves: slot-booking.ts does', () => {
		expect(offending(/from '\$lib\/server\/db\/schema/)).toEqual([]);
		expect(
			offending(
				/import \{[^}]*\} from '\$lib\/server\/appointments\/(slot-choice|load-free-slots|free-slots|book-appointment)'/
			)
		).toEqual([]);
		expect(
			offending(
				/\b(findFreeSlot|loadFreeSlots|nextFreeSlots|describeSlots|freeAnimatorsAt|bookAppointment|offerSlots|rescheduleAppointment|rescheduleByFamily)\s*\(/
			)
		).toEqual([]);
	});
});
