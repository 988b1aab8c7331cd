import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect-target';

describe('safeRedirectTarget', () => {
	it('keeps a path of this site, with its query', () => {
		expect(safeRedirectTarget('/relais/file?statut=ouverte')).toBe('/relais/file?statut=ouverte');
		expect(safeRedirectTarget('/relais')).toBe('/relais');
	});

	it.each([
		['another origin', 'https://evil.example/relais'],
		['a protocol-relative address', '//evil.example/relais'],
		['a backslash after the slash', '/\\evil.example'],
		['a tab the browser would drop (the reported attack)', '/\t/127.0.0.1:4711/relais'],
		['a line break (was a 500: invalid Location header)', '/\n/evil.example'],
		['a carriage return', '/relais\r\nSet-Cookie: x=1'],
		['a NUL', '/relais\u0000'],
		['a backslash further on', '/relais\\..\\x'],
		['a relative path', 'relais'],
		['javascript', 'javascript:alert(1)'],
		['nothing', ''],
		['an absurd length', `/${'a'.repeat(3000)}`]
	])('refuses %s', (_label, target) => {
		expect(safeRedirectTarget(target)).toBeNull();
	});

	it('refuses a missing parameter', () => {
		expect(safeRedirectTarget(null)).toBeNull();
	});

	it('percent-encodes what a Location header cannot carry', () => {
		expect(safeRedirectTarget('/relais/demandes?q=é')).toBe('/relais/demandes?q=%C3%A9');
	});
});
