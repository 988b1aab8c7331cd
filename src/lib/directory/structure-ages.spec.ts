import { describe, expect, it } from 'vitest';
import { structureAgesInWords } from './structure-ages';

describe('structureAgesInWords', () => {
	it('words a range in months and years as a family reads it', () => {
		expect(structureAgesInWords(2, 36)).toBe('de 2 mois à 3 ans');
		expect(structureAgesInWords(3, 48)).toBe('de 3 mois à 4 ans');
		expect(structureAgesInWords(18, 30)).toBe('de 18 mois à 2 ans et demi');
		expect(structureAgesInWords(12, 144)).toBe('de 1 an à 12 ans');
	});
	it('says "dès" with no upper age, "de la naissance" from 0 or no lower age', () => {
		expect(structureAgesInWords(36, null)).toBe('dès 3 ans');
		expect(structureAgesInWords(0, 144)).toBe('de la naissance à 12 ans');
		expect(structureAgesInWords(null, 72)).toBe('de la naissance à 6 ans');
	});
	it('says nothing when no age is given', () => {
		expect(structureAgesInWords(null, null)).toBe('');
	});
	it('says "dès la naissance" from 0 with no upper age', () => {
		expect(structureAgesInWords(0, null)).toBe('dès la naissance');
	});
});
