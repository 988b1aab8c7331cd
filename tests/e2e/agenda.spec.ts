import type { Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';

/**
 * The animator's agenda (issue 5): the week, the relay view for the admin, and the private
 * calendar feed an animator subscribes to. The two projects run at the same time: each uses
 * the animator of its own relay, so that one's new feed never replaces the other's.
 */

const AGENDA = '/relais/agenda';
const main = (page: Page) => page.getByRole('main');

const ownAnimator = (projectName: string) =>
	demoAccount('animator', projectName === 'desktop' ? 'vilaine-ouest' : 'vilaine-est');

test.describe('agenda', () => {
	test('an animator opens the agenda from the navigation and moves from week to week', async ({
		pageAs
	}, testInfo) => {
		const page = await pageAs(ownAnimator(testInfo.project.name));
		await page.goto('/relais');
		await page
			.getByRole('navigation', { name: 'Navigation principale' })
			.getByRole('link', { name: 'Agenda' })
			.click();
		await expect(page).toHaveURL(AGENDA);
		await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);
		// An animator has no relay view.
		await expect(main(page).getByRole('link', { name: 'Tout le relais' })).toHaveCount(0);

		await page.goto(`${AGENDA}?semaine=2026-10-28`);
		await expect(
			page.getByText('Semaine du lundi 26 octobre au dimanche 1er novembre.')
		).toBeVisible();
		await main(page).getByRole('link', { name: 'Semaine suivante' }).click();
		await expect(page).toHaveURL(`${AGENDA}?semaine=2026-11-02`);
		await expect(
			page.getByText('Semaine du lundi 2 novembre au dimanche 8 novembre.')
		).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('the admin sees the relay view', async ({ pageAs }) => {
		const page = await pageAs(demoAccount('admin', 'vilaine-ouest'));
		await page.goto(AGENDA);
		await main(page).getByRole('link', { name: 'Tout le relais' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Agenda du relais' })).toBeVisible();
		await expect(main(page).getByRole('link', { name: 'Tout le relais' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);
	});

	test('an animator creates a private calendar feed, replaces it and revokes it', async ({
		pageAs
	}, testInfo) => {
		const page = await pageAs(ownAnimator(testInfo.project.name));
		await page.goto(AGENDA);
		const section = main(page).getByRole('region', { name: 'Mon calendrier' });

		const createOrReplace = section.getByRole('button', { name: /Créer mon lien|Remplacer/ });
		await createOrReplace.click();
		await expect(section.getByText('Voici votre lien privé.')).toBeVisible();
		const first = (await section.locator('code').innerText()).trim();
		expect(first).toMatch(/\/calendrier\/[a-z2-7]{32}\.ics$/);
		await expectNoA11yViolations(page);

		const feed = await page.request.get(new URL(first).pathname);
		expect(feed.status()).toBe(200);
		expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		expect(await feed.text()).toContain('METHOD:PUBLISH');

		await section.getByRole('button', { name: 'Remplacer par un nouveau lien' }).click();
		await expect(section.locator('code')).not.toHaveText(first);
		const second = (await section.locator('code').innerText()).trim();
		expect((await page.request.get(new URL(first).pathname)).status()).toBe(404);
		expect((await page.request.get(new URL(second).pathname)).status()).toBe(200);

		await section.getByRole('button', { name: 'Révoquer le lien' }).click();
		await expect(section.getByText('Le lien est révoqué')).toBeVisible();
		expect((await page.request.get(new URL(second).pathname)).status()).toBe(404);
		await expectNoA11yViolations(page);
	});
});
