import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

describe('isUuid', () => {
	it('accepts a UUID in either case and nothing else', () => {
		expect(isUuid('0b6f1c1e-8d3a-4f4e-9a6e-2f1d3c4b5a69')).toBe(true);
		expect(isUuid('0B6F1C1E-8D3A-4F4E-9A6E-2F1D3C4B5A69')).toBe(true);
		expect(isUuid('0b6f1c1e-8d3a-4f4e-9a6e-2f1d3c4b5a6')).toBe(false);
		expect(isUuid('0b6f1c1e-8d3a-4f4e-9a6e-2f1d3c4b5a69 ')).toBe(false);
		expect(isUuid("1' or '1'='1")).toBe(false);
	});
});
