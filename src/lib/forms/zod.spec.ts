import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n';
import { familyMessagesOf } from '$lib/i18n/family';
import { sourceFilesUnder } from '$lib/testing/source-files';
import { slotsForm } from '$lib/server/appointments/appointment-forms';
import { placeActiveSchema } from './availability';
import { communeStepSchema } from './childcare-request';
import { parseForm } from './parse-form';
import { z } from './zod';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
};
const UUID = '0b6f1c1e-8d3a-4f4e-9a6e-2f1d3c4b5a69';

describe('zod in French', () => {
	it('answers a tampered hidden field in French, on the field', () => {
		// Step 2 of the request form: the commune chosen from the list travels as its INSEE code.
		const commune = parseForm(
			communeStepSchema(familyMessagesOf('fr')),
			form([
				['residence', 'Bruz'],
				['residenceInsee', '35047<script>']
			])
		);
		expect(commune).toMatchObject({
			ok: false,
			errors: { residenceInsee: m.validation.invalid }
		});
		// The places page: the button that closes or reopens a place.
		const place = parseForm(
			placeActiveSchema,
			form([
				['placeId', UUID],
				['active', 'peut-être']
			])
		);
		expect(place).toMatchObject({ ok: false, errors: { active: m.validation.choice } });
	});

	it('answers a tampered checkbox of a list on its group', () => {
		const result = parseForm(
			slotsForm,
			form([
				['slot', 'ok'],
				['slot', 'y'.repeat(150)]
			])
		);
		expect(result).toMatchObject({ ok: false, errors: { slot: m.validation.tooLong(100) } });
	});

	it('words the other technical failures for a person, and keeps a field’s own message', () => {
		const schema = z.object({
			mode: z.enum(['relay', 'phone']),
			id: z.uuid(),
			count: z.coerce.number().int().max(4),
			named: z.string().min(1, 'Indiquez un nom.')
		});
		const result = schema.safeParse({ mode: 'visio', id: 'nope', count: '9', named: '' });
		expect(result.success).toBe(false);
		const messages = result.error?.issues.map((issue) => issue.message) ?? [];
		expect(messages).toEqual([
			m.validation.choice,
			m.validation.invalid,
			m.validation.tooBig(4),
			'Indiquez un nom.'
		]);
		const missing = schema.safeParse({ mode: 'relay', id: UUID, count: '1' });
		expect(missing.error?.issues.map((issue) => issue.message)).toEqual([m.validation.required]);
	});

	it('is the only zod every module imports, so that no schema speaks English', () => {
		const self = path.resolve('src/lib/forms/zod.ts');
		const offenders = sourceFilesUnder(path.resolve('src'), /\.(ts|svelte)$/)
			.filter((file) => file !== self)
			// A type-only import runs nothing and needs no configuration.
			.filter((file) =>
				/import\s+(?!type\b)[^;]*from\s+['"]zod(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8'))
			)
			.map((file) => path.relative('.', file));
		expect(offenders).toEqual([]);
	});
});
