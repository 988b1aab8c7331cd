import { describe, expect, it } from 'vitest';
import { campaignInWindow, declarationValidUntil } from './availability-campaigns';

describe('availability campaigns', () => {
	it('the June window runs from 17 May to 31 May', () => {
		expect(campaignInWindow('2027-05-16')).toBeNull();
		expect(campaignInWindow('2027-05-17')).toBe('2027-06-01');
		expect(campaignInWindow('2027-05-31')).toBe('2027-06-01');
		expect(campaignInWindow('2027-06-01')).toBeNull();
	});

	it('the December window runs from 16 November to 30 November', () => {
		expect(campaignInWindow('2026-11-15')).toBeNull();
		expect(campaignInWindow('2026-11-16')).toBe('2026-12-01');
		expect(campaignInWindow('2026-11-30')).toBe('2026-12-01');
		expect(campaignInWindow('2026-12-02')).toBeNull();
	});

	it('a declaration holds until the next campaign not yet open, plus 14 days', () => {
		expect(declarationValidUntil('2026-12-02')).toBe('2027-06-15');
		expect(declarationValidUntil('2027-05-16')).toBe('2027-06-15');
		// Inside the June window it already counts for June: it holds until December.
		expect(declarationValidUntil('2027-05-17')).toBe('2027-12-15');
		expect(declarationValidUntil('2027-11-20')).toBe('2028-06-15');
		expect(declarationValidUntil('2027-12-31')).toBe('2028-06-15');
	});
});
