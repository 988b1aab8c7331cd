import type { FieldErrors } from '$lib/forms/parse-form';

/** What an action of the request page returns: `action` names the form it belongs to. */
export interface FormAnswer {
	action: string;
	errors?: FieldErrors;
	values?: Record<string, string>;
	done?: string | null;
}

export interface FormState {
	/** Errors at the fields. */
	errors: FieldErrors;
	/** An error about the whole form (a 409: the request's state does not allow it). */
	message: string | null;
	values: Record<string, string>;
}

const empty: FormState = { errors: {}, message: null, values: {} };

/** The answer's errors and values if it belongs to the form `action`, nothing otherwise. */
export function stateOf(answer: FormAnswer | null | undefined, action: string): FormState {
	if (!answer || answer.action !== action || !answer.errors) return empty;
	const { form, ...fields } = answer.errors;
	return { errors: fields, message: form ?? null, values: answer.values ?? {} };
}
