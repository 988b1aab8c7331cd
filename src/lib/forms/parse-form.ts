import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type ParsedForm<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Validates a submitted form with its zod schema. On failure: the first message of each field
 * (French, from the schema) and the values typed so far, as text, to refill the form. Secret
 * fields (passwords) are never sent back.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData,
	options: { secretFields?: string[] } = {}
): ParsedForm<z.infer<S>> {
	const raw = formFields(formData);
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors = fieldErrorsOf(result.error);
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (typeof value === 'string' && !options.secretFields?.includes(key)) values[key] = value;
	}
	return { ok: false, errors, values };
}

/**
 * The first message of each field. Forms are flat (one name per input), so an issue is the
 * error of the first name in its path: a wrong item of a checkbox group (`careKinds.1`) or of
 * a list of slots is an error of the group, which its fieldset shows. An issue with no path
 * (a rule across fields that names none) goes to `form`, shown in the error summary. The
 * server (`parseForm`, the request form's steps) and the browser's live checks use it alike.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const first = issue.path[0];
		const field = first === undefined ? 'form' : String(first);
		errors[field] ??= issue.message;
	}
	return errors;
}

export type RawFields = Record<string, string | string[]>;

/**
 * Control characters other than tab and line breaks never belong in a form's text, and
 * PostgreSQL refuses NUL in text and JSON: they are dropped. Text is put in NFC so that
 * "é" typed two ways compares equal.
 */
export function cleanText(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').normalize('NFC');
}

/** The text fields of a form; a name sent several times (a group of checkboxes) is a list. */
export function formFields(formData: FormData): RawFields {
	const raw: RawFields = {};
	for (const [rawKey, rawValue] of formData) {
		if (typeof rawValue !== 'string') continue;
		const key = cleanText(rawKey);
		const value = cleanText(rawValue);
		// Appends in place: copying the list for each repeat made a post of 40,000 repeats of
		// one name take 15 s of CPU (quadratic), during which the server answered nobody.
		const previous = raw[key];
		if (previous === undefined) raw[key] = value;
		else if (Array.isArray(previous)) previous.push(value);
		else raw[key] = [previous, value];
	}
	return raw;
}

/** Widens a literal to FieldErrors, so pages can read any field's message from `form.errors`. */
export const fieldErrors = (errors: FieldErrors = {}): FieldErrors => errors;
