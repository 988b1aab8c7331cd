import { describe, expect, it } from 'vitest';
import { progressionText, publishedValueText } from './published-value-text';

describe('publishedValueText', () => {
	it('writes the legend’s signs and French numbers', () => {
		expect(publishedValueText({ kind: 'suppressed' })).toBe('s');
		expect(publishedValueText({ kind: 'not_published' })).toBe('—');
		expect(publishedValueText(null)).toBe('—');
		expect(publishedValueText({ kind: 'count', n: 1234 })).toMatch(/^1\s234$/);
		expect(publishedValueText({ kind: 'share', value: 0.834 })).toMatch(/^83\s%$/);
		expect(publishedValueText({ kind: 'days', value: 4.5 })).toBe('4,5 j');
	});

	it('signs a progression', () => {
		expect(progressionText(0.12)).toMatch(/^\+12\s%$/);
		expect(progressionText(-0.05)).toMatch(/^−5\s%$/);
		expect(progressionText(0.001)).toMatch(/^0\s%$/);
		expect(progressionText(null)).toBe('—');
	});
});
