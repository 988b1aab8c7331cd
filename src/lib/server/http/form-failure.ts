import { fail } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/forms/parse-form';
import { formAnswer } from '$lib/forms/form-answer';

type Values = Record<string, string>;

/** 400: what was typed is refused, each message at its field; the values fill the form again. */
export const invalid = <A extends string>(action: A, errors: FieldErrors, values: Values = {}) =>
	fail(400, formAnswer(action, { errors, values }));

/** 409 (or another status): the state does not allow it; one message for the whole form. */
export const refused = <A extends string>(
	action: A,
	message: string,
	values: Values = {},
	status = 409
) => fail(status, formAnswer(action, { message, values }));

/** A success: the sentence the page announces. */
export const succeeded = <A extends string>(action: A, done: string) =>
	formAnswer(action, { done });
