import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n';
import { familyMessagesOf } from '$lib/i18n/family';
import { sourceFilesUnder } from '$lib/testing/source-files';
import { communeStepSchema, contactStepSchema } from './childcare-request';
import { placeActiveSchema } from './availability';
import { parseForm } from './parse-form';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
};

describe('the request form speaks the page’s language', () => {
	it('words its own messages and zod’s in the catalogue it is made with', () => {
		for (const locale of ['en', 'ar'] as const) {
			const t = familyMessagesOf(locale);
			const commune = parseForm(
				communeStepSchema(t),
				form([
					['residence', 'Bruz'],
					['residenceInsee', '35047<script>']
				])
			);
			expect(commune).toMatchObject({
				ok: false,
				errors: { residenceInsee: t.validation.invalid }
			});
			const contact = parseForm(
				contactStepSchema(t, { emailRequired: true }),
				form([['appointmentMode', 'visio']])
			);
			expect(contact).toMatchObject({
				ok: false,
				errors: {
					parentNames: t.request.errors.parentNamesRequired,
					email: t.request.errors.emailRequired,
					appointmentMode: t.request.errors.modeRequired
				}
			});
			expect(t.validation.invalid).not.toBe(m.validation.invalid);
		}
		// Staff forms keep zod's global French configuration.
		const place = parseForm(
			placeActiveSchema,
			form([
				['placeId', '0b6f1c1e-8d3a-4f4e-9a6e-2f1d3c4b5a69'],
				['active', 'peut-être']
			])
		);
		expect(place).toMatchObject({ ok: false, errors: { active: m.validation.choice } });
	});

	it('reads no module-level catalogue: its texts come from locals.t, pageMessages() or a t given', () => {
		const files = [
			...sourceFilesUnder(path.resolve('src/routes/(public)/demande'), /\.(ts|svelte)$/),
			...[
				'src/lib/forms/childcare-request.ts',
				'src/lib/forms/locale-error.ts',
				'src/lib/forms/fieldwise.ts',
				'src/lib/server/requests/request-form.ts',
				'src/lib/server/requests/request-form-page.ts',
				'src/lib/server/requests/request-wizard.ts'
			].map((file) => path.resolve(file))
		];
		const offenders = files
			.filter((file) => /from\s+['"]\$lib\/i18n['"]/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative('.', file));
		expect(files.length).toBeGreaterThan(15);
		expect(offenders).toEqual([]);
	});
});
