import type { Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { sendFamilyRequest } from './helpers/requests';

/**
 * The outcome of a request (issue 12): an animator takes a fresh request of their relay,
 * records that no solution was found (no place at the needed hours), sees it closed with that
 * reason in its history, then reopens it. Each project and each try sends its own request:
 * recording an outcome changes it.
 */
const main = (page: Page) => page.getByRole('main');

test.describe('the outcome of a request', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

	test('an animator records « pas de solution : pas de place aux horaires demandés », then reopens it', async ({
		page,
		request
	}) => {
		const sent = await sendFamilyRequest(request, 'vilaine-ouest');
		await page.goto(`/relais/demandes/${sent.reference}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(sent.reference);

		// Take it (out of turn when older requests wait: then say why).
		const take = main(page).locator('form[action="?/take"]');
		const why = take.getByLabel(/^Pourquoi la prendre avant son tour/);
		if (await why.isVisible()) await why.fill('Test de bout en bout : issue de la demande');
		await take.getByRole('button', { name: 'Prendre la demande' }).click();
		await expect(main(page).getByText('La demande vous est attribuée.')).toBeVisible();

		const section = main(page).getByRole('region', { name: 'Issue de la demande' });
		const form = section.locator('form[action="?/recordOutcome"]');
		await expect(form).toBeVisible();
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);

		// « Pas de solution » without its reason: refused at the field, nothing recorded.
		await form.getByRole('radio', { name: 'Pas de solution' }).check();
		await form.getByRole('button', { name: 'Enregistrer l’issue' }).click();
		const summary = section.getByRole('alert').filter({ hasText: 'Le formulaire contient' });
		await expect(summary).toContainText('Choisissez la raison.');
		await expect(form.getByLabel('Raison', { exact: true })).toHaveAccessibleDescription(
			/Choisissez la raison\./
		);
		await expectNoA11yViolations(page);

		await form.getByRole('radio', { name: 'Pas de solution' }).check();
		await form
			.getByLabel('Raison', { exact: true })
			.selectOption({ label: 'Pas de place aux horaires demandés' });
		await form.getByRole('button', { name: 'Enregistrer l’issue' }).click();
		await expect(
			main(page).getByText(
				'Issue enregistrée (pas de solution : pas de place aux horaires demandés) : la demande est close.'
			)
		).toBeVisible();
		await expect(main(page).locator('.page-header')).toContainText('Close sans solution');
		await expect(section).toContainText('Pas de solution : pas de place aux horaires demandés');
		const history = main(page).getByRole('region', { name: 'Historique de la demande' });
		await expect(history).toContainText(
			/Demande close par .+ \(Pas de solution : pas de place aux horaires demandés\)/
		);
		await expect(section.locator('form[action="?/recordOutcome"]')).toHaveCount(0);
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);

		// The family is still looking: reopened, the outcome stays in the history.
		await section.getByRole('button', { name: 'Rouvrir la demande' }).click();
		await expect(
			main(page).getByText('La demande est rouverte : elle est de nouveau en cours.')
		).toBeVisible();
		await expect(main(page).locator('.page-header')).toContainText('En cours');
		await expect(section).toContainText(
			/Pas de solution : pas de place aux horaires demandés — Notée par .+, rouverte le/
		);
		await expect(history).toContainText(/Demande rouverte par /);
		await expect(section.locator('form[action="?/recordOutcome"]')).toBeVisible();
		await expectNoA11yViolations(page);
	});
});
