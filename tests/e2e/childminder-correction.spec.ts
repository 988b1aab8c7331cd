import { demoAccount, expect, expectNoA11yViolations, test } from './fixtures';
import { waitForMailTo } from './helpers/outbox';
import { spareChildminders } from './helpers/childminders';

/**
 * An animator corrects a childminder's phone from her page in the directory; the
 * childminder is told by mail. Each Playwright project corrects its own spare demo
 * childminder (helpers/childminders.ts: spare[0] desktop, spare[1] mobile).
 */
test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

test('an animator corrects a childminder’s phone and she gets the mail', async ({
	page
}, testInfo) => {
	test.slow();
	const childminder = spareChildminders[testInfo.project.name === 'mobile' ? 1 : 0];
	const phone = testInfo.project.name === 'mobile' ? '06 12 34 56 78' : '06 87 65 43 21';

	await page.goto(`/relais/annuaire?commune=${childminder.communeInsee}&ordre=name`);
	await page.getByRole('link', { name: childminder.name, exact: true }).click();
	await page.getByRole('link', { name: 'Corriger ses données' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Corriger la fiche de ${childminder.name}` })
	).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('Téléphone').fill('pas un numéro');
	await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
	const error = 'Indiquez un numéro de téléphone valide, par exemple 02 99 00 00 00.';
	await expect(page.getByRole('link', { name: error })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('Téléphone').fill(phone);
	await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
	await expect(
		page.getByText(
			'La correction est enregistrée ; l’assistante maternelle est prévenue par courriel.'
		)
	).toBeVisible();
	await expect(page.getByLabel('Téléphone')).toHaveValue(phone);
	await expectNoA11yViolations(page);

	const mail = await waitForMailTo(
		childminder.email,
		(m) => m.subject === 'Le relais a corrigé votre fiche'
	);
	expect(mail.text).toContain(`- téléphone : ${phone}`);
});
