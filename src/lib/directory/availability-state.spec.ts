import { describe, expect, it } from 'vitest';
import { availabilityStateOf } from './availability-state';

describe('availabilityStateOf', () => {
	it('is declared up to and including the last day of its validity', () => {
		expect(availabilityStateOf('2027-06-15', '2027-06-15')).toBe('declared');
		expect(availabilityStateOf('2027-06-15', '2027-06-16')).toBe('to_confirm');
	});

	it('is to be confirmed when never declared', () => {
		expect(availabilityStateOf(null, '2026-12-02')).toBe('to_confirm');
	});
});
