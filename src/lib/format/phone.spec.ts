import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, phoneHref } from './phone';

describe('normalizePhone', () => {
	it('stores a French number in E.164 however it was typed', () => {
		for (const typed of [
			'0684630554',
			'06 84 63 05 54',
			'06.84.63.05.54',
			'06-84-63-05-54',
			'+33 6 84 63 05 54',
			'0033 6 84 63 05 54'
		]) {
			expect(normalizePhone(typed)).toBe('+33684630554');
		}
	});

	it('accepts a foreign number typed with its country code', () => {
		expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
		expect(normalizePhone('0044 20 7946 0958')).toBe('+442079460958');
		expect(normalizePhone('+1 202 555 0123')).toBe('+12025550123');
	});

	it('refuses what is not a valid number', () => {
		expect(normalizePhone('06 84 63 05')).toBeNull();
		expect(normalizePhone('0012345678')).toBeNull();
		expect(normalizePhone('appelez-moi 0684630554')).toBeNull();
		expect(normalizePhone('')).toBeNull();
		expect(normalizePhone('0'.repeat(5000))).toBeNull();
	});
});

describe('formatPhone', () => {
	it('groups a French number by two, stored or typed', () => {
		expect(formatPhone('+33684630554')).toBe('06 84 63 05 54');
		expect(formatPhone('0684630554')).toBe('06 84 63 05 54');
		expect(formatPhone('02 99 00 10 20')).toBe('02 99 00 10 20');
	});

	it('writes a foreign number in international form', () => {
		expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
	});

	it('shows an invalid stored value as it is rather than losing it', () => {
		expect(formatPhone(' 12 34 ')).toBe('12 34');
	});

	it('links to the E.164 number', () => {
		expect(phoneHref('06 84 63 05 54')).toBe('tel:+33684630554');
	});
});
