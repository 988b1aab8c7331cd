import { describe, expect, it } from 'vitest';
import { explicitPath, localizedPath, splitLocalePrefix } from '$lib/i18n/localized-path';
import { isFamilyRoute, negotiateLocale } from './resolve-locale';

describe('the language of a page', () => {
	it('is guessed from Accept-Language by weight, French when we speak none of them', () => {
		expect(negotiateLocale('ar-MA,ar;q=0.9,fr;q=0.8')).toBe('ar');
		expect(negotiateLocale('de-DE,en;q=0.7,fr;q=0.9')).toBe('fr');
		expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
		expect(negotiateLocale('de, es;q=0.5')).toBe('fr');
		expect(negotiateLocale(null)).toBe('fr');
		expect(negotiateLocale('en;q=abc,ar;q=0.1')).toBe('ar');
		expect(negotiateLocale(`${'x,'.repeat(10_000)}en`)).toBe('fr');
	});

	it('is named by the first segment of a family page’s address only', () => {
		expect(splitLocalePrefix('/ar/demande/abc/enfants')).toEqual({
			locale: 'ar',
			path: '/demande/abc/enfants'
		});
		expect(splitLocalePrefix('/en')).toEqual({ locale: 'en', path: '/' });
		expect(splitLocalePrefix('/fr/suivi/tok')).toEqual({ locale: 'fr', path: '/suivi/tok' });
		expect(splitLocalePrefix('/en/relais/file')).toEqual({ locale: null, path: '/en/relais/file' });
		expect(splitLocalePrefix('/de/demande')).toEqual({ locale: null, path: '/de/demande' });
		expect(splitLocalePrefix('/demande')).toEqual({ locale: null, path: '/demande' });
	});

	it('is written into addresses: plain in French for links, explicit in mails', () => {
		expect(localizedPath('/demande', 'fr')).toBe('/demande');
		expect(localizedPath('/demande', 'ar')).toBe('/ar/demande');
		expect(localizedPath('/', 'en')).toBe('/en');
		expect(explicitPath('/suivi/tok', 'fr')).toBe('/fr/suivi/tok');
	});

	it('applies to family routes only', () => {
		expect(isFamilyRoute('/(public)')).toBe(true);
		expect(isFamilyRoute('/(public)/demande/[draft]/[step]')).toBe(true);
		expect(isFamilyRoute('/(public)/suivi/[token]/donnees')).toBe(true);
		expect(isFamilyRoute('/(public)/connexion')).toBe(false);
		expect(isFamilyRoute('/(public)/assistante-maternelle')).toBe(false);
		expect(isFamilyRoute('/(staff)/relais/file')).toBe(false);
		expect(isFamilyRoute(null)).toBe(false);
	});
});
