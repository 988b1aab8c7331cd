import { expect, expectNoA11yViolations, test } from './fixtures';

/**
 * An unknown, replaced or revoked calendar feed answers 404. A browser gets the site's error
 * page (French, lang="fr", styled); a calendar client gets the same status.
 */
const UNKNOWN_FEED = `/calendrier/${'a'.repeat(32)}.ics`;

test('@http an unknown calendar feed is a 404 in French for a browser and a 404 for a calendar', async ({
	request
}) => {
	for (const path of [UNKNOWN_FEED, '/calendrier/pas-un-jeton.ics']) {
		const page = await request.get(path, { headers: { accept: 'text/html' } });
		expect(page.status(), path).toBe(404);
		expect(page.headers()['content-type']).toContain('text/html');
		const html = await page.text();
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain('Cette page n’existe pas ou n’est plus disponible.');
		expect(html).toContain('<link rel="stylesheet" href="/error-page.css" />');

		const calendar = await request.get(path, { headers: { accept: 'text/calendar' } });
		expect(calendar.status(), path).toBe(404);
	}
	const styles = await request.get('/error-page.css');
	expect(styles.status()).toBe(200);
	expect(styles.headers()['content-type']).toContain('text/css');
});

test('an unknown calendar feed in a browser shows the styled error page, which passes axe', async ({
	page
}) => {
	const response = await page.goto(UNKNOWN_FEED);
	expect(response?.status()).toBe(404);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Cette page ne peut pas s’afficher' })
	).toBeVisible();
	await expect(page.getByRole('main')).toContainText('n’est plus disponible');
	await expect(page.getByRole('link', { name: 'Revenir à l’accueil' })).toBeVisible();
	// The stylesheet applied: the browser's default serif and margins are gone.
	await expect(page.locator('body')).toHaveCSS('margin', '0px');
	await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(245, 245, 242)');
	await expectNoA11yViolations(page);
});
