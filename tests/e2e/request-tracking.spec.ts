import {
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test,
	useOwnClientAddress
} from './fixtures';
import { linkIn, waitForMailTo } from './helpers/outbox';
import { sendFamilyRequest } from './helpers/requests';
import { demoTrackingToken, openDemoRequests } from './helpers/demo-requests';

const demoFor = (projectName: string) =>
	openDemoRequests[projectName === 'mobile' ? 'mobile' : 'desktop'];

test.describe('the tracking page of a request', () => {
	test('shows the request and its timeline, privately, and answers 404 to an unknown link', async ({
		page
	}, info) => {
		const response = await page.goto(
			`/suivi/${demoTrackingToken(demoFor(info.project.name).viewed.rank)}`
		);

		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toBe('private, no-store');
		expect(response?.headers()['referrer-policy']).toBe('same-origin');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Suivi de votre demande' })
		).toBeVisible();
		await expect(
			page.getByText(/^Demande (?:VO|VE|RN|VIA)-2026-\d{5}, reçue le (1er|\d+) novembre 2026\.$/)
		).toBeVisible();
		const steps = page.getByRole('list').filter({ hasText: 'Demande reçue' });
		await expect(steps.getByRole('listitem')).toHaveCount(6);
		await expect(steps.getByRole('listitem').first()).toContainText('Étape franchie le');
		await expect(steps.getByRole('listitem').last()).toContainText('Pas encore');
		await expectNoA11yViolations(page);

		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoHorizontalScroll(page);

		const unknown = await page.goto(`/suivi/${'a'.repeat(32)}`);
		expect(unknown?.status()).toBe(404);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the family corrects its contact details, then cancels the request', async ({
			page,
			request
		}) => {
			// A request of its own: a retry must not meet the request its first try cancelled.
			const sent = await sendFamilyRequest(request, 'vilaine-ouest');
			await page.goto(linkIn(await waitForMailTo(sent.email), '/suivi/').pathname);
			const phone = page.getByRole('textbox', { name: 'Téléphone' });

			await page.getByLabel('Adresse électronique').fill('pas une adresse');
			await page.getByLabel('Être appelé par téléphone').check();
			await phone.fill('');
			await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();

			const summary = page
				.getByRole('alert')
				.filter({ hasText: 'Le formulaire contient 2 erreurs' });
			await expect(summary).toBeVisible();
			await expect(summary.getByRole('link')).toHaveText([
				'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
				'Indiquez un numéro de téléphone : vous avez choisi un rendez-vous par téléphone.'
			]);
			await expect(phone).toHaveAccessibleDescription(
				/vous avez choisi un rendez-vous par téléphone/
			);
			await expectNoA11yViolations(page);

			await page.getByLabel('Adresse électronique').fill('nouvelle.adresse@exemple.test');
			await phone.fill('06 39 98 77 66');
			await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
			await expect(page.getByText('Vos coordonnées sont enregistrées.')).toBeVisible();
			await expect(phone).toHaveValue('06 39 98 77 66');

			await page.getByRole('button', { name: 'Annuler ma demande' }).click();
			await expect(
				page.getByRole('alert').filter({ hasText: 'Choisissez la raison' })
			).toBeVisible();
			await page.getByLabel('J’ai trouvé une solution d’accueil par moi-même').check();
			await page.getByLabel('Précisions').fill('Une place en micro-crèche <b>près du travail</b>');
			await page.getByRole('button', { name: 'Annuler ma demande' }).click();

			await expect(page.getByText('Votre demande est annulée.')).toBeVisible();
			await expect(
				page.getByText('Vous avez annulé votre demande : elle est close.')
			).toBeVisible();
			await expect(page.getByRole('button', { name: 'Annuler ma demande' })).toHaveCount(0);
			await expectNoA11yViolations(page);
		});
	});

	test('a lost link: a new one comes by email, and the old one stops working', async ({
		page,
		context,
		request
	}) => {
		// A request of its own: a retry must not meet the link its first try retired.
		const { email } = await sendFamilyRequest(request, 'vilaine-est');
		const first = linkIn(await waitForMailTo(email), '/suivi/');
		await useOwnClientAddress(context);
		const confirmation = page.getByText('Si une demande en cours correspond à cette adresse');

		await page.goto('/suivi');
		await expectNoA11yViolations(page);
		await page.getByLabel('Adresse électronique').fill('personne.inconnue@exemple.test');
		await page.getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
		await expect(confirmation).toBeVisible();

		await page.getByLabel('Adresse électronique').fill(email.toUpperCase());
		await page.getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
		await expect(confirmation).toBeVisible();
		await expectNoA11yViolations(page);

		const link = linkIn(
			await waitForMailTo(email, (mail) => !(mail.text ?? '').includes(first.pathname)),
			'/suivi/'
		);
		const opened = await page.goto(link.pathname);
		expect(opened?.status()).toBe(200);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Suivi de votre demande' })
		).toBeVisible();
		const old = await page.goto(first.pathname);
		expect(old?.status()).toBe(404);
	});
});
