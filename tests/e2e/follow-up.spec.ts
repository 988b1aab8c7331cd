import { expect, expectNoA11yViolations, test } from './fixtures';
import { linkIn, waitForMailTo } from './helpers/outbox';
import { followUpFamilyEmail } from './helpers/follow-up-families';

const SUBJECT = 'Avez-vous trouvé un mode d’accueil ?';

test.describe('the follow-up at 30 days', () => {
	test('a family answers « nous avons trouvé : micro-crèche » from the link in the mail', async ({
		page
	}, info) => {
		// Seeded before the server started (server/seed-follow-ups.ts): held 31 days ago, so the
		// housekeeping at start mailed it. A retry takes the family seeded for it.
		const email = followUpFamilyEmail(info.project.name, info.retry);
		const mail = await waitForMailTo(email, (received) => received.subject === SUBJECT);
		const link = linkIn(mail, '/suivi/');
		expect(link.searchParams.get('reponse')).toBe('found');
		const trackingPath = link.pathname.replace(/\/nouvelles$/, '');

		// The tracking page invites to answer.
		await page.goto(trackingPath);
		await expect(page.getByRole('heading', { level: 2, name: SUBJECT })).toBeVisible();

		// Opening the link writes nothing: the page asks to confirm.
		await page.goto(`${link.pathname}${link.search}`);
		await expect(page.getByRole('heading', { level: 1, name: SUBJECT })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Oui, nous avons trouvé']);
		await expectNoA11yViolations(page);

		// Confirming without a kind of care: the error at the field and in the summary.
		await page.getByRole('button', { name: 'Confirmer : nous avons trouvé' }).click();
		const summary = page
			.getByRole('alert')
			.filter({ hasText: 'Choisissez le mode d’accueil trouvé.' });
		await expect(summary).toBeVisible();
		await expect(
			page
				.getByRole('group', { name: /Quel mode d’accueil/ })
				.getByText('Choisissez le mode d’accueil trouvé.')
		).toBeVisible();
		await expectNoA11yViolations(page);

		await page.getByRole('radio', { name: 'Micro-crèche' }).check();
		await page.getByRole('button', { name: 'Confirmer : nous avons trouvé' }).click();
		await expect(
			page.getByText(
				'Merci ! Le relais sait que vous avez trouvé un mode d’accueil. Votre demande est close.'
			)
		).toBeVisible();
		await expectNoA11yViolations(page);

		// The tracking page: closed, with the answer, and no more question.
		await page.getByRole('link', { name: 'Retour au suivi de votre demande' }).first().click();
		await expect(page).toHaveURL(new RegExp(`${trackingPath}$`));
		await expect(
			page.getByText('Une solution d’accueil est trouvée : votre demande est close.')
		).toBeVisible();
		await expect(
			page.getByText(/^Votre réponse du .+ : Nous avons trouvé un mode d’accueil\.$/)
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: SUBJECT })).toHaveCount(0);

		// The same link again: nothing left to answer.
		await page.goto(`${link.pathname}${link.search}`);
		await expect(page.getByRole('button', { name: 'Confirmer : nous avons trouvé' })).toHaveCount(
			0
		);
		await expect(page.getByText(/Votre réponse du .+ : Nous avons trouvé/)).toBeVisible();
	});
});
