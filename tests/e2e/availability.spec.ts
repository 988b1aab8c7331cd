import { randomInt, randomUUID } from 'node:crypto';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';

/** The relay's settings pages, as the admin of Vilaine Ouest sees them (demo rules seeded). */
const PLACES = '/relais/lieux';
const SETTINGS = '/relais/disponibilites';
const ANIMATOR_NAME = 'Claire Morvan';

test.describe('the admin of a relay', () => {
	test.use({ signedInAs: demoAccount('admin', 'vilaine-ouest') });

	test('adds a weekly rule and an absence; both are listed, axe finds nothing', async ({
		page
	}) => {
		await page.goto(SETTINGS);
		await expect(page.getByRole('heading', { level: 1, name: 'Disponibilités' })).toBeVisible();
		await expectNoA11yViolations(page);
		// The demo rules are there: Wednesday afternoon by phone.
		const rules = page.getByRole('table', { name: 'Horaires d’ouverture chaque semaine' });
		await expect(
			rules.getByRole('row', {
				name: new RegExp(`${ANIMATOR_NAME} mercredi 14 h 00 – 17 h 00 Par téléphone`)
			})
		).toBeVisible();

		// A time no other run uses, so the row found is this test's.
		const hour = String(randomInt(6, 20)).padStart(2, '0');
		const minute = String(randomInt(0, 60)).padStart(2, '0');
		const main = page.getByRole('main');
		await main
			.getByLabel(/^Personne/)
			.first()
			.selectOption({ label: ANIMATOR_NAME });
		await main.getByLabel(/^Jour de la semaine/).selectOption({ label: 'vendredi' });
		await main.getByLabel(/^Début/).fill(`${hour}:${minute}`);
		await main.getByLabel(/^Fin/).fill(`${String(Number(hour) + 2).padStart(2, '0')}:${minute}`);
		await main
			.getByRole('group', { name: /^Rendez-vous/ })
			.getByLabel('Par téléphone')
			.check();
		await main.getByLabel(/^Durée d’un rendez-vous/).fill('30');
		// Valid only from 2036: no slot of it can show up in another test's booking page.
		await main.getByLabel(/^À partir du/).fill('2036-09-01');
		await main.getByRole('button', { name: 'Ajouter l’horaire' }).click();
		await expect(page.getByText('L’horaire est ajouté.')).toBeVisible();
		// Shown the French way: 9 h 05 – 11 h 05.
		const hours = `${Number(hour)} h ${minute} – ${Number(hour) + 2} h ${minute}`;
		await expect(
			rules.getByRole('row', {
				name: new RegExp(`${ANIMATOR_NAME} vendredi ${hours} Par téléphone 30 min`)
			})
		).toBeVisible();

		const note = `formation ${randomUUID().slice(0, 8)}`;
		await main
			.getByLabel(/^Personne/)
			.nth(1)
			.selectOption({ label: ANIMATOR_NAME });
		await main.getByLabel(/^Premier jour d’absence/).fill('2036-03-02');
		await main.getByLabel(/^Dernier jour d’absence/).fill('2036-03-06');
		await main
			.getByLabel(/^Motif/)
			.first()
			.fill(note);
		await main.getByRole('button', { name: 'Ajouter l’absence' }).click();
		await expect(page.getByText('L’absence est ajoutée.')).toBeVisible();
		const absences = page.getByRole('table', { name: 'Absences à venir et en cours' });
		await expect(
			absences.getByRole('row', { name: new RegExp(`du 2 mars 2036 au 6 mars 2036 ${note}`) })
		).toBeVisible();
		await expectNoA11yViolations(page);

		// And takes the rule away again.
		await rules
			.getByRole('button', { name: `Retirer l’horaire de ${ANIMATOR_NAME}, vendredi ${hours}` })
			.click();
		await expect(page.getByText(/L’horaire est retiré/)).toBeVisible();
		await expect(rules.getByRole('row', { name: new RegExp(`vendredi ${hours}`) })).toHaveCount(0);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('a closure ending before it starts is refused with the error at the field and in the summary', async ({
			page
		}) => {
			await page.goto(SETTINGS);
			const main = page.getByRole('main');
			await main.getByLabel(/^Premier jour de fermeture/).fill('2036-08-20');
			await main.getByLabel(/^Dernier jour de fermeture/).fill('2036-08-10');
			await main.getByRole('button', { name: 'Ajouter la fermeture' }).click();
			const message = 'La date de fin doit être le même jour ou après la date de début.';
			await expect(page.getByRole('link', { name: message })).toHaveAttribute(
				'href',
				'#closureEndsOn'
			);
			await expect(main.getByLabel(/^Dernier jour de fermeture/)).toHaveAccessibleDescription(
				new RegExp(message)
			);
			await expect(main.getByLabel(/^Premier jour de fermeture/)).toHaveValue('2036-08-20');
			await expectNoA11yViolations(page);

			await main.getByLabel(/^Dernier jour de fermeture/).fill('2036-08-21');
			await main.getByRole('button', { name: 'Ajouter la fermeture' }).click();
			await expect(page.getByText('La fermeture est ajoutée.')).toBeVisible();
		});

		test('a reception place is added from the form', async ({ page }) => {
			// Without JavaScript: four form posts, each a full page load, and two axe runs.
			test.slow();
			await page.goto(PLACES);
			await expectNoA11yViolations(page);
			const name = `Permanence ${randomUUID().slice(0, 8)}`;
			const main = page.getByRole('main');
			await main.getByRole('button', { name: 'Ajouter le lieu' }).click();
			await expect(
				page.getByRole('link', { name: 'Indiquez le nom du lieu (au moins 2 caractères).' })
			).toBeVisible();
			await main.getByLabel(/^Nom du lieu/).fill(name);
			await main.getByLabel(/^Adresse/).fill('3 place de la Mairie, 35170 Bruz');
			await main.getByRole('button', { name: 'Ajouter le lieu' }).click();
			await expect(page.getByText(`Le lieu « ${name} » est ajouté.`)).toBeVisible();
			await expect(
				page
					.getByRole('table', { name: 'Lieux d’accueil du relais' })
					.getByRole('row', { name: new RegExp(name) })
			).toBeVisible();
			await expectNoA11yViolations(page);

			// Then corrected on its own page.
			await page
				.getByRole('table', { name: 'Lieux d’accueil du relais' })
				.getByRole('link', { name })
				.click();
			await expect(
				page.getByRole('heading', { level: 1, name: new RegExp(`Modifier le lieu « ${name} »`) })
			).toBeVisible();
			await expectNoA11yViolations(page);
			await main.getByLabel(/^Adresse/).fill('');
			await main.getByRole('button', { name: 'Enregistrer le lieu' }).click();
			await expect(page.getByRole('link', { name: 'Indiquez l’adresse du lieu.' })).toBeVisible();
			await main.getByLabel(/^Adresse/).fill('5 place de la Mairie, 35170 Bruz');
			await main.getByLabel(/^Indications d’accès/).fill('Sonnez à l’interphone « RPE ».');
			await main.getByRole('button', { name: 'Enregistrer le lieu' }).click();
			await expect(page.getByText(/Le lieu est modifié/)).toBeVisible();
			await page.goto(PLACES);
			await expect(
				page
					.getByRole('table', { name: 'Lieux d’accueil du relais' })
					.getByRole('row', { name: new RegExp(`${name} 5 place de la Mairie, 35170 Bruz Sonnez`) })
			).toBeVisible();
		});
	});

	test('gets 404 on a reception place of another relay', async ({ page, pageAs }) => {
		await page.goto(PLACES);
		const href = await page
			.getByRole('main')
			.locator('a[href^="/relais/lieux/"]')
			.first()
			.getAttribute('href');
		expect(href).toMatch(/^\/relais\/lieux\/[0-9a-f-]{36}$/);
		const adminEst = await pageAs(demoAccount('admin', 'vilaine-est'));
		const response = await adminEst.goto(href ?? '');
		expect(response?.status()).toBe(404);
		await expectNoA11yViolations(adminEst);
	});

	test('both pages fit a 320 px wide screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of [PLACES, SETTINGS]) {
			await page.goto(path);
			await expectNoHorizontalScroll(page);
		}
	});
});

test.describe('an animator', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

	test('gets 403 on both pages, and a posted change is refused', async ({ page }) => {
		for (const path of [PLACES, SETTINGS]) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(403);
			await expect(
				page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })
			).toBeVisible();
			await expectNoA11yViolations(page);
		}
		const posted = await page.request.post(`${SETTINGS}?/addClosure`, {
			form: { closureStartsOn: '2036-01-01', closureEndsOn: '2036-01-02', closureLabel: '' },
			headers: { origin: new URL(page.url()).origin, accept: 'application/json' }
		});
		expect(posted.status()).toBe(403);
	});
});
