import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type ParsedForm<T> =
	| { ok: true; data: T }
	| { ok: false; errors: FieldErrors; values: Record<string, string> };

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
	const raw: Record<string, string> = {};
	for (const [key, value] of formData) {
		if (typeof value === 'string') raw[key] = value;
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		errors[field] ??= issue.message;
	}
	const values = { ...raw };
	for (const secret of options.secretFields ?? []) delete values[secret];
	return { ok: false, errors, values };
}

/** Widens a literal to FieldErrors, so pages can read any field's message from `form.errors`. */
export const fieldErrors = (errors: FieldErrors = {}): FieldErrors => errors;
