import { describe, expect, it } from 'vitest';
import { requestLanguageAddress } from './request-language';

const url = (path: string) => new URL(`http://guichet.test${path}`);

describe('a tracking page opened without a language', () => {
	it('goes to the request’s language, named in the address, with its query', () => {
		expect(requestLanguageAddress(url('/suivi/tok'), undefined, 'fr', 'en')).toBe('/en/suivi/tok');
		expect(
			requestLanguageAddress(url('/suivi/tok/nouvelles?reponse=found'), undefined, 'en', 'ar')
		).toBe('/ar/suivi/tok/nouvelles?reponse=found');
		// French too is named, so that the cookie remembers it and the redirect happens once.
		expect(requestLanguageAddress(url('/suivi/tok'), undefined, 'en', 'fr')).toBe('/fr/suivi/tok');
	});

	it('stays when the address or the cookie chose, or when the languages already agree', () => {
		expect(requestLanguageAddress(url('/en/suivi/tok'), undefined, 'en', 'fr')).toBeNull();
		expect(requestLanguageAddress(url('/fr/suivi/tok'), undefined, 'fr', 'ar')).toBeNull();
		expect(requestLanguageAddress(url('/suivi/tok'), 'en', 'en', 'fr')).toBeNull();
		expect(requestLanguageAddress(url('/suivi/tok'), undefined, 'ar', 'ar')).toBeNull();
		expect(requestLanguageAddress(url('/suivi/tok'), undefined, 'fr', null)).toBeNull();
	});

	it('does not take a cookie of no language of ours as a choice', () => {
		expect(requestLanguageAddress(url('/suivi/tok'), 'de', 'fr', 'en')).toBe('/en/suivi/tok');
	});
});
