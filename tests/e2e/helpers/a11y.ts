import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.1 levels A and AA: what the RGAA, the French public-sector standard, builds on. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** One readable line per rule, then one per offending element, instead of axe's raw JSON. */
export function describeViolations(violations: AxeViolations): string[] {
	return violations.map((violation) => {
		const nodes = violation.nodes
			.map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? node.html}`)
			.join('\n');
		return `${violation.id} (${violation.impact ?? 'impact unknown'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
	});
}

/** Runs axe on the page as it is now; fails listing every WCAG 2.1 A/AA violation found. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const violations = (await scriptingDisabled(page))
		? await analyzeCopy(page)
		: (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;
	expect(
		describeViolations(violations),
		`accessibility violations on ${new URL(page.url()).pathname}`
	).toEqual([]);
}

/**
 * The HTML parser reads the inside of <noscript> as markup only when scripting is off: a
 * question the page can answer even then (evaluate works, timers do not).
 */
function scriptingDisabled(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const probe = document.createElement('div');
		probe.innerHTML = '<noscript><i></i></noscript>';
		return probe.querySelector('noscript i') !== null;
	});
}

/**
 * axe waits on timers, which never fire in a page whose JavaScript is off. Such a page is
 * analysed as a copy: its DOM served at the same address, with its styles, to a page where
 * JavaScript runs but the app's own scripts are blocked, so the copy stays what was shown.
 */
async function analyzeCopy(page: Page): Promise<AxeViolations> {
	const browser = page.context().browser();
	if (!browser) throw new Error('cannot copy a page without its browser');
	const url = page.url();
	const html = await page.content();
	// Explicit: inside a test, new contexts start from the test's options, JavaScript off too.
	const context = await browser.newContext({
		javaScriptEnabled: true,
		viewport: page.viewportSize(),
		extraHTTPHeaders: test.info().project.use.extraHTTPHeaders
	});
	try {
		const copy = await context.newPage();
		await copy.route('**/*', (route) => {
			const request = route.request();
			// A request's URL has no fragment; the page's may (a form posted to `?/action#section`).
			if (request.resourceType() === 'document' && request.url() === url.split('#')[0]) {
				return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
			}
			if (request.resourceType() === 'script') return route.abort();
			return route.fallback();
		});
		await copy.goto(url);
		// Had the copy not been served, axe would check a fresh load of the address instead.
		expect(await copy.locator('body').innerText(), 'the copy shows what the page shows').toBe(
			await page.locator('body').innerText()
		);
		return (await new AxeBuilder({ page: copy }).withTags(WCAG_TAGS).analyze()).violations;
	} finally {
		await context.close();
	}
}
