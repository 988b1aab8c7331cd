import { readFile } from 'node:fs/promises';
import { demoAccount, expect, expectNoA11yViolations, test } from './fixtures';
import { linkIn, waitForMailTo } from './helpers/outbox';
import { sendFamilyRequest } from './helpers/requests';

/**
 * The family's rights from its tracking page: a copy of its data (page and JSON file), then
 * the erasure, after which the link opens nothing. Without JavaScript: both work as plain
 * links and forms. Each run sends its own request (a retry never meets an erased one).
 */
test.describe('the family’s rights', () => {
	test.use({ javaScriptEnabled: false });

	test('the family downloads its data, then erases them, and the link answers 404', async ({
		page,
		request
	}) => {
		// Five pages, four of them checked with axe, and two mails to wait for.
		test.slow();
		const sent = await sendFamilyRequest(request, 'vilaine-est');
		const tracking = linkIn(await waitForMailTo(sent.email), '/suivi/').pathname;

		await page.goto(tracking);
		await page.getByRole('link', { name: 'Mes données', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Vos données' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Vos coordonnées' })).toContainText(
			sent.parentNames
		);
		await expectNoA11yViolations(page);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Télécharger mes données (fichier JSON)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^donnees-.+\.json$/);
		const data = JSON.parse(await readFile(await download.path(), 'utf8')) as {
			request: { reference: string };
			contact: { parentNames: string; email: string };
		};
		expect(data.request.reference).toBe(sent.reference);
		expect(data.contact).toMatchObject({ parentNames: sent.parentNames, email: sent.email });

		await page.getByRole('link', { name: 'Demander l’effacement de mes données' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Effacer vos données' })
		).toBeVisible();
		await expectNoA11yViolations(page);

		// Not ticked: refused, said at the top and at the box.
		await page.getByRole('button', { name: 'Effacer mes données' }).click();
		const summary = page
			.getByRole('alert')
			.filter({ hasText: 'Le formulaire contient une erreur' });
		await expect(summary).toBeVisible();
		await expect(summary.getByRole('link')).toHaveText(
			'Cochez la case pour confirmer l’effacement.'
		);
		await expect(page.getByRole('checkbox')).toHaveAccessibleDescription(
			/Cochez la case pour confirmer/
		);
		await expectNoA11yViolations(page);

		await page.getByRole('checkbox', { name: /Je comprends que mes données/ }).check();
		await page.getByRole('button', { name: 'Effacer mes données' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Vos données sont effacées' })
		).toBeVisible();
		await expectNoA11yViolations(page);

		const confirmation = await waitForMailTo(
			sent.email,
			(mail) => mail.subject === 'Vos données sont effacées'
		);
		expect(confirmation.text).not.toContain(sent.parentNames);
		expect(confirmation.text).not.toContain('/suivi/');

		for (const path of [tracking, `${tracking}/donnees`, `${tracking}/effacer`]) {
			expect((await page.goto(path))?.status(), path).toBe(404);
		}
		expect((await request.get(`${tracking}/donnees.json`)).status()).toBe(404);
	});
});

test.describe('erasure at the desk', () => {
	test.use({ signedInAs: demoAccount('admin', 'vilaine-ouest'), javaScriptEnabled: false });

	test('the admin erases a family’s data after confirming, and the request page stays calm', async ({
		page,
		pageAs,
		request
	}) => {
		test.slow();
		const sent = await sendFamilyRequest(request, 'vilaine-ouest');
		const tracking = linkIn(await waitForMailTo(sent.email), '/suivi/').pathname;
		// An animator of the relay is not offered the erasure.
		const animator = await pageAs(demoAccount('animator', 'vilaine-ouest'));
		await animator.goto(`/relais/demandes/${sent.reference}`);
		await expect(animator.getByRole('heading', { name: sent.reference })).toBeVisible();
		await expect(
			animator.getByRole('heading', { name: 'Effacer les données de la famille' })
		).toHaveCount(0);

		await page.goto(`/relais/demandes/${sent.reference}`);
		const section = page.getByRole('region', { name: 'Effacer les données de la famille' });
		// Folded first: one more step before the button.
		await section.locator('summary').click();
		await section.getByRole('button', { name: 'Effacer les données' }).click();
		await expect(
			page.getByRole('alert').filter({ hasText: 'Le formulaire contient une erreur' })
		).toBeVisible();
		await expectNoA11yViolations(page);

		await page
			.getByRole('checkbox', { name: /La famille a demandé l’effacement de ses données/ })
			.check();
		await page.getByRole('button', { name: 'Effacer les données' }).click();
		await expect(
			page.getByText('Les données personnelles de la famille sont effacées.')
		).toBeVisible();
		await expect(page.getByText(/Données personnelles effacées le \d/)).toBeVisible();
		await expect(page.getByText(sent.parentNames)).toHaveCount(0);
		// Nothing left to do on it: no note, no call, no status to change.
		const main = page.getByRole('main');
		await expect(main.getByRole('button')).toHaveCount(0);
		await expect(main.getByRole('textbox')).toHaveCount(0);
		await expectNoA11yViolations(page);

		await page.goto(`/relais/demandes/${sent.reference}`);
		await expect(page.getByText(/Données personnelles effacées le \d/)).toBeVisible();
		expect((await page.goto(tracking))?.status()).toBe(404);
		const queue = await page.goto('/relais/file');
		expect(queue?.status()).toBe(200);
	});
});
