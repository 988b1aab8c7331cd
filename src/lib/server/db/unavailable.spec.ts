import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

/** An error shaped like the driver's: a message and a `code`. */
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });
/** What drizzle throws: its own error, the driver's in `cause`. */
const wrapped = (cause: unknown) => new Error('Failed query: select 1', { cause });

describe('isDatabaseUnavailable', () => {
	it.each([
		['a refused connection', coded('ECONNREFUSED')],
		['a reset connection', coded('ECONNRESET')],
		['postgres.js closing a connection under a query', coded('CONNECTION_CLOSED')],
		['postgres.js ended or destroyed', coded('CONNECTION_ENDED')],
		['postgres.js destroyed', coded('CONNECTION_DESTROYED')],
		['a connect timeout', coded('CONNECT_TIMEOUT')],
		['pg_ctl stop -m fast (admin shutdown)', coded('57P01')],
		['a crash shutdown', coded('57P02')],
		['a server starting up', coded('57P03')],
		['a connection exception', coded('08006')]
	])('recognises %s, also wrapped by drizzle', (_, error) => {
		expect(isDatabaseUnavailable(error)).toBe(true);
		expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
		expect(isDatabaseUnavailable(wrapped(wrapped(error)))).toBe(true);
	});

	it('recognises a refusal reported for several addresses at once', () => {
		const refused = new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')], '');
		expect(isDatabaseUnavailable(wrapped(refused))).toBe(true);
	});

	it.each([
		['a unique violation', wrapped(coded('23505'))],
		['a syntax error', wrapped(coded('42601'))],
		['a serialization failure', wrapped(coded('40001'))],
		['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
		['a string', 'ECONNREFUSED'],
		['nothing', undefined]
	])('leaves %s to the ordinary error path', (_, error) => {
		expect(isDatabaseUnavailable(error)).toBe(false);
	});

	it('stops on an error that is its own cause', () => {
		const loop: Error & { cause?: unknown } = new Error('loop');
		loop.cause = loop;
		expect(isDatabaseUnavailable(loop)).toBe(false);
	});
});
