import { expect, type Page } from '@playwright/test';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide, nothing may need a horizontal scroll bar.
 * Checks the page as it is now; resize it first.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	// After a click, the page may be shown before its stylesheet has arrived (a busy server):
	// unstyled, any table is too wide. Measure the page as a person sees it, styled.
	await page.waitForLoadState('load');
	const { scrollWidth, clientWidth } = await page.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
	});
	expect(
		scrollWidth,
		`page is ${scrollWidth}px wide in a ${clientWidth}px viewport`
	).toBeLessThanOrEqual(clientWidth);
}
