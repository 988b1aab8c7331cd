import { expect, expectNoA11yViolations, expectNoHorizontalScroll, test } from './fixtures';
import { linkIn, waitForMailTo } from './helpers/outbox';
import { selfDeclarationChildminder } from './helpers/childminders';

/**
 * A childminder declares her own free places from her phone, without JavaScript: she asks for
 * her link on the public page, opens it from the mail, declares a place and sees it listed.
 * Each Playwright project has its own reserved demo childminder (helpers/childminders.ts).
 */
test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });

/** A start date a month or so ahead, never the 1st (French writes "1er"), as she types it. */
function startDate(): { iso: string; words: string } {
	const date = new Date(Date.now() + 40 * 86_400_000);
	if (date.getUTCDate() === 1) date.setUTCDate(2);
	const words = new Intl.DateTimeFormat('fr-FR', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
	return { iso: date.toISOString().slice(0, 10), words };
}

test('a childminder gets her link, opens it and declares a free place, at 375 px without JavaScript', async ({
	page
}, testInfo) => {
	// Seven pages, each checked by axe on a copy (no JavaScript): more than the default 30 s.
	test.slow();
	const childminder = selfDeclarationChildminder(testInfo.project.name);
	const asked = new Date(Date.now() - 1000);

	await page.goto('/assistante-maternelle');
	await expect(
		page.getByRole('heading', {
			level: 1,
			name: 'Assistantes et assistants maternels : vos disponibilités'
		})
	).toBeVisible();
	await expectNoA11yViolations(page);
	await expectNoHorizontalScroll(page);
	await page.getByLabel('Numéro d’agrément').fill(childminder.licenceNumber);
	await page.getByLabel('Adresse électronique').fill(childminder.email.toUpperCase());
	await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
	await expect(
		page.getByText('un courriel avec votre lien personnel vient de vous être envoyé')
	).toBeVisible();
	await expectNoA11yViolations(page);

	const mail = await waitForMailTo(
		childminder.email,
		(m) => m.subject === 'Votre lien pour déclarer vos disponibilités' && (m.date ?? asked) >= asked
	);
	const link = linkIn(mail, '/assistante-maternelle/lien/');
	await page.goto(link.pathname);
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Accéder à mes disponibilités' }).click();

	await expect(page).toHaveURL(/\/assistante-maternelle\/mes-disponibilites$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mes disponibilités' })).toBeVisible();
	await expect(page.getByText(childminder.name)).toBeVisible();
	await expectNoA11yViolations(page);
	await expectNoHorizontalScroll(page);

	await page.getByRole('link', { name: 'Ajouter une place libre' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Ajouter une place libre' })
	).toBeVisible();
	await expectNoA11yViolations(page);
	await expectNoHorizontalScroll(page);
	// A night that forgot its box: refused at its field and in the summary, what was typed kept.
	const friday = page.getByRole('group', { name: 'Vendredi' });
	await friday.getByLabel('Début').fill('18:00');
	await friday.getByLabel('Fin').fill('08:00');
	await page.getByRole('button', { name: 'Ajouter cette place' }).click();
	const message =
		'L’heure de fin est avant l’heure de début : cochez « jusqu’au lendemain » pour une nuit.';
	await expect(page.getByRole('link', { name: message })).toBeVisible();
	await expect(friday.getByText(message)).toBeVisible();
	await expect(friday.getByLabel('Début')).toHaveValue('18:00');
	await expectNoA11yViolations(page);
	await friday.getByLabel('Début').fill('');
	await friday.getByLabel('Fin').fill('');

	const start = startDate();
	await page.getByLabel('Âge de l’enfant accueilli').selectOption({ label: 'de 0 à 3 ans' });
	await page.getByLabel('Libre à partir du').fill(start.iso);
	await page.getByRole('radio', { name: 'Régulier' }).check();
	for (const day of ['Lundi', 'Mardi']) {
		const group = page.getByRole('group', { name: day });
		await group.getByLabel('Début').fill('08:00');
		await group.getByLabel('Fin').fill('17:30');
	}
	await page.getByRole('button', { name: 'Ajouter cette place' }).click();

	await expect(page).toHaveURL(/\/assistante-maternelle\/mes-disponibilites\?ajout=ok$/);
	await expect(page.getByText('La place est ajoutée à votre déclaration.')).toBeVisible();
	const place = page
		.getByRole('listitem')
		.filter({ hasText: `de 0 à 3 ans, à partir du ${start.words}` });
	await expect(place).toContainText('Lundi 8 h 00 – 17 h 30 ; Mardi 8 h 00 – 17 h 30');
	await expect(page.getByText(/^Déclaration du .*, valable jusqu’au /)).toBeVisible();
	await expectNoA11yViolations(page);
	await expectNoHorizontalScroll(page);

	// The link served once: opened again, it says so and offers a new one.
	await page.goto(link.pathname);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Recevoir mon lien' })).toBeVisible();
	await expectNoA11yViolations(page);
});
