import { expect, type Page } from '@playwright/test';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide, nothing may need a horizontal scroll bar.
 * Checks the page as it is now; resize it first.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const { scrollWidth, clientWidth } = await page.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
	});
	expect(
		scrollWidth,
		`page is ${scrollWidth}px wide in a ${clientWidth}px viewport`
	).toBeLessThanOrEqual(clientWidth);
}
