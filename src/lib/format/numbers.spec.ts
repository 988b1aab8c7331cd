import { describe, expect, it } from 'vitest';
import { formatCoordinate, formatInteger } from './numbers';

describe('numbers', () => {
	it('groups thousands the French way', () => {
		expect(formatInteger(227_830)).toBe('227\u202f830');
		expect(formatInteger(812)).toBe('812');
	});

	it('writes a coordinate with a decimal comma, as the form accepts it back', () => {
		expect(formatCoordinate(48.1147)).toBe('48,1147');
		expect(formatCoordinate(-1.6794001)).toBe('-1,6794');
	});
});
