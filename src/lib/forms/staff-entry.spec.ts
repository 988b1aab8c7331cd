import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n';
import { staffEntrySchema } from './staff-entry';

const schema = staffEntrySchema({ today: '2026-11-25' });
const errorsOf = (raw: Record<string, string>) => {
	const result = schema.safeParse(raw);
	if (result.success) return null;
	return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};
const e = m.staffEntry.errors;

describe('staffEntrySchema', () => {
	it('takes a phone or desk request without a date, and ignores one given', () => {
		expect(schema.parse({ channel: 'phone' })).toEqual({
			channel: 'phone',
			arrivedOn: null,
			locale: 'fr'
		});
		expect(schema.parse({ channel: 'desk', arrivedOn: '2026-11-20' })).toEqual({
			channel: 'desk',
			arrivedOn: null,
			locale: 'fr'
		});
	});

	it('notes the family’s language, French unless told otherwise', () => {
		expect(schema.parse({ channel: 'phone', locale: 'ar' }).locale).toBe('ar');
		expect(schema.parse({ channel: 'desk', locale: 'en' }).locale).toBe('en');
		expect(schema.parse({ channel: 'desk' }).locale).toBe('fr');
	});

	it('takes a monenfant.fr request with the day it was made there, typed either way', () => {
		expect(schema.parse({ channel: 'monenfant', arrivedOn: '2026-11-20' })).toEqual({
			channel: 'monenfant',
			arrivedOn: '2026-11-20',
			locale: 'fr'
		});
		expect(schema.parse({ channel: 'monenfant', arrivedOn: '25/11/2026' }).arrivedOn).toBe(
			'2026-11-25'
		);
		expect(schema.parse({ channel: 'monenfant', arrivedOn: '2026-08-27' }).arrivedOn).toBe(
			'2026-08-27'
		);
	});

	it.each([
		[{ channel: '' }, { channel: m.staffEntry.channelRequired }],
		[{ channel: 'online' }, { channel: m.staffEntry.channelRequired }],
		[{ channel: 'monenfant' }, { arrivedOn: e.arrivedOnRequired }],
		[
			{ channel: 'monenfant', arrivedOn: '31/02/2026' },
			{ arrivedOn: m.request.errors.dateInvalid }
		],
		[{ channel: 'monenfant', arrivedOn: '2026-11-26' }, { arrivedOn: e.arrivedOnInFuture }],
		[{ channel: 'monenfant', arrivedOn: '2026-08-26' }, { arrivedOn: e.arrivedOnTooOld(90) }],
		[{ channel: 'monenfant', arrivedOn: '2099-01-01' }, { arrivedOn: e.arrivedOnInFuture }],
		[{ channel: 'phone', locale: 'de' }, { locale: m.staffEntry.localeInvalid }]
	])('refuses %o in French', (raw, errors) => {
		expect(errorsOf(raw)).toEqual(errors);
	});
});
