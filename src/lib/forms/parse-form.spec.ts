import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { fieldErrorsOf, parseForm } from './parse-form';

const schema = z.object({
	email: z.email('Adresse invalide.'),
	password: z.string().min(3, 'Trop court.')
});

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.append(k, v);
	return data;
};

describe('parseForm', () => {
	it('drops control characters (NUL would make PostgreSQL fail) and keeps line breaks', () => {
		const result = parseForm(
			z.object({ note: z.string(), email: z.string() }),
			form({ note: 'a\u0000b\u0007c\nd\te', email: 'e\u0301@x.fr' })
		);
		expect(result).toEqual({ ok: true, data: { note: 'abc\nd\te', email: '\u00e9@x.fr' } });
	});

	it('returns the parsed data when valid', () => {
		expect(parseForm(schema, form({ email: 'a@b.fr', password: 'abcd' }))).toEqual({
			ok: true,
			data: { email: 'a@b.fr', password: 'abcd' }
		});
	});

	it('returns one French message per field and the typed values, secrets removed', () => {
		const result = parseForm(schema, form({ email: 'nope', password: 'x' }), {
			secretFields: ['password']
		});
		expect(result).toEqual({
			ok: false,
			errors: { email: 'Adresse invalide.', password: 'Trop court.' },
			values: { email: 'nope' }
		});
	});
});

describe('fieldErrorsOf', () => {
	const schema = z
		.object({
			email: z.email('Adresse invalide.'),
			careKinds: z.array(z.enum(['mam', 'creche'], { error: 'Choix inconnu.' })),
			start: z.string(),
			end: z.string()
		})
		.refine((v) => v.end > v.start, { message: 'La fin précède le début.' });

	it('gives the first message of each field, and a list item’s to its group', () => {
		const result = schema.safeParse({ email: 'nope', careKinds: ['mam', 'piscine', 'x'] });
		expect(result.success).toBe(false);
		if (result.success) return;
		const errors = fieldErrorsOf(result.error);
		expect(Object.keys(errors).sort()).toEqual(['careKinds', 'email', 'end', 'start']);
		expect(errors.careKinds).toBe('Choix inconnu.');
	});

	it('puts a rule that names no field on the form', () => {
		const result = schema.safeParse({ email: 'a@b.fr', careKinds: [], start: 'b', end: 'a' });
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(fieldErrorsOf(result.error)).toEqual({ form: 'La fin précède le début.' });
	});
});
