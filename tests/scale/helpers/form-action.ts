import { request } from '../../faults/helpers/app-process';

/**
 * A form posted the way the pages' `use:enhance` posts it: urlencoded fields, the page's
 * origin (SvelteKit's CSRF check), `x-sveltekit-action`, and the action's outcome read as
 * JSON instead of a rendered page. Every simulated person comes from an address of their own
 * (`X-Forwarded-For`, read by the app started with ADDRESS_HEADER=x-forwarded-for), as
 * families behind a proxy do: the per-address limits stay on and never mix two of them.
 */

export interface ActionOutcome {
	/** The HTTP status; 0 when no answer came (refused, reset, timed out). */
	httpStatus: number;
	/** SvelteKit's outcome: `redirect`, `success`, `failure` or `error`; '' when unreadable. */
	type: string;
	/** The action's own status: 303 for a redirect, the `fail(…)` status of a failure. */
	status: number;
	location: string;
	/** The action's data as sent (devalue's text): the messages a page would show. */
	data: string;
	/** What came back when it was not an outcome (a crash page, a network error). */
	raw: string;
	ms: number;
}

export interface Poster {
	origin: string;
	address: string;
	cookie?: string;
}

export async function postAction(
	from: Poster,
	pathname: string,
	fields: Record<string, string | readonly string[]>
): Promise<ActionOutcome> {
	const form = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of typeof value === 'string' ? [value] : value) form.append(name, v);
	}
	const started = performance.now();
	const ms = () => Math.round(performance.now() - started);
	try {
		const answer = await request(from.origin, pathname, {
			method: 'POST',
			headers: {
				origin: from.origin,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded',
				'x-forwarded-for': from.address,
				...(from.cookie ? { cookie: from.cookie } : {})
			},
			body: form.toString(),
			// Everything is sent at once on two shared cores: a slow answer is not a failure.
			timeoutMs: 600_000
		});
		return { ...readOutcome(answer.status, answer.body), ms: ms() };
	} catch (error) {
		return {
			httpStatus: 0,
			type: '',
			status: 0,
			location: '',
			data: '',
			raw: String(error),
			ms: ms()
		};
	}
}

function readOutcome(httpStatus: number, body: string): Omit<ActionOutcome, 'ms'> {
	const unreadable = { httpStatus, type: '', status: 0, location: '', data: '', raw: body };
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return unreadable;
	}
	if (typeof parsed !== 'object' || parsed === null) return unreadable;
	const outcome = parsed as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	return {
		httpStatus,
		type: text(outcome.type),
		status: typeof outcome.status === 'number' ? outcome.status : 0,
		location: text(outcome.location),
		data: text(outcome.data),
		raw: body
	};
}

/** Whether a message appears in an outcome's data (devalue writes strings as JSON does). */
export const carries = (outcome: ActionOutcome, message: string) =>
	outcome.data.includes(JSON.stringify(message).slice(1, -1));

/** A distinct client address for the n-th simulated person of a scenario (10.x.y.z). */
export const clientAddress = (scenario: number, n: number) =>
	`10.${scenario}.${Math.floor(n / 250)}.${(n % 250) + 1}`;

/** Outcomes counted by what they were: `303`, `failure 409`, `http 500`… */
export function tally(outcomes: readonly ActionOutcome[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const o of outcomes) {
		const name =
			o.httpStatus !== 200
				? `http ${o.httpStatus}`
				: o.type === 'redirect'
					? String(o.status)
					: `${o.type} ${o.status}`;
		counts[name] = (counts[name] ?? 0) + 1;
	}
	return counts;
}
