import type { FieldErrors } from './parse-form';

/**
 * What a form action answers, on every page: one shape, so a page with several forms reads
 * it without narrowing. `action` names the form on the page the answer belongs to (the named
 * action, or the form several actions share); a refusal carries `errors` at the fields and
 * the `values` typed, or a `message` about the whole form (a 409: the state does not allow
 * it); a success carries `done`, the sentence to announce.
 */
export interface FormAnswer<A extends string = string> {
	action: A;
	errors: FieldErrors;
	values: Record<string, string>;
	message: string | null;
	done: string | null;
}

export function formAnswer<A extends string>(
	action: A,
	parts: Partial<Omit<FormAnswer<A>, 'action'>> = {}
): FormAnswer<A> {
	return {
		action,
		errors: parts.errors ?? {},
		values: parts.values ?? {},
		message: parts.message ?? null,
		done: parts.done ?? null
	};
}

/** What one form of the page shows: the answer if it belongs to it, an empty state otherwise. */
export type FormState = Omit<FormAnswer, 'action'>;

const untouched: FormState = { errors: {}, values: {}, message: null, done: null };

export function stateOf(answer: FormAnswer | null | undefined, action: string): FormState {
	if (!answer || answer.action !== action) return untouched;
	const { errors, values, message, done } = answer;
	return { errors, values, message, done };
}
