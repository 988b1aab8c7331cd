import type { Page } from '@playwright/test';
import { addDays, addMonths, addYears } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { demoCommunes } from './helpers/requests';

/**
 * An animator enters a request forwarded by monenfant.fr (issue 9): its arrival is the day
 * the family made it there, so the 7-day countdown starts from that day, and the request
 * page says where it came from.
 */

const main = (page: Page) => page.getByRole('main');
const relayOf = (projectName: string) =>
	projectName === 'mobile' ? 'vilaine-est' : 'vilaine-ouest';

test.describe('staff entry of a request', () => {
	test('a request from monenfant.fr arrives on the day it was made there', async ({
		pageAs
	}, testInfo) => {
		test.slow();
		const relay = relayOf(testInfo.project.name);
		const page = await pageAs(demoAccount('animator', relay));
		const today = todayInParis();
		const arrivedOn = addDays(today, -3);

		await page.goto('/relais/demandes/nouvelle');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Saisir une demande pour une famille'
		);
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);

		// The day is required for this channel, and never in the future.
		await main(page).getByRole('radio', { name: 'Par monenfant.fr' }).check();
		await main(page).getByRole('button', { name: 'Commencer la saisie' }).click();
		const date = main(page).getByLabel(/^Date de la demande sur monenfant\.fr/);
		await expect(date).toHaveAccessibleDescription(/Indiquez la date à laquelle la famille/);
		await date.fill(addDays(today, 1));
		await main(page).getByRole('button', { name: 'Commencer la saisie' }).click();
		await expect(date).toHaveAccessibleDescription(/ne peut pas être dans le futur/);
		await expect(main(page).getByRole('radio', { name: 'Par monenfant.fr' })).toBeChecked();
		await expectNoA11yViolations(page);

		await date.fill(arrivedOn);
		// The family reads Arabic: its mails and tracking page will be in Arabic.
		const language = main(page).getByRole('group', { name: /^Langue de la famille/ });
		await expect(language.getByRole('radio', { name: 'Français' })).toBeChecked();
		await language.getByRole('radio', { name: 'Arabe' }).check();
		await main(page).getByRole('button', { name: 'Commencer la saisie' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/coordonnees$/);

		const next = () => main(page).getByRole('button', { name: 'Continuer' }).click();
		const parentNames = `Famille Monenfant ${Date.now().toString(36)}`;
		await main(page)
			.getByRole('textbox', { name: /^Vos nom et prénom/ })
			.fill(parentNames);
		await main(page).getByRole('radio', { name: 'Au relais' }).check();
		await main(page)
			.getByRole('textbox', { name: /^Téléphone/ })
			.fill('06 39 98 12 34');
		await next();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/commune$/);
		await main(page)
			.getByRole('combobox', { name: /^Votre commune/ })
			.fill(demoCommunes[relay].name);
		await next();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/enfants$/);
		const child = main(page).getByRole('group', { name: 'Enfant 1' });
		await child.getByRole('radio', { name: 'Déjà né(e)' }).check();
		await child.getByLabel(/^Date de naissance/).fill(addYears(today, -1));
		await next();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/besoin$/);
		await main(page)
			.getByLabel(/^À partir de quand/)
			.fill(addMonths(today, 3));
		await main(page).getByRole('radio', { name: 'Régulier' }).check();
		const monday = main(page).getByRole('group', { name: 'Lundi' });
		await monday.getByLabel('Début').fill('08:30');
		await monday.getByLabel('Fin').fill('17:30');
		await main(page).getByRole('checkbox', { name: 'Crèche ou multi-accueil' }).check();
		await next();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/envoi$/);
		await main(page)
			.getByRole('checkbox', { name: /^J’ai lu ces informations|^La famille/ })
			.check();
		await main(page)
			.getByRole('button', { name: /^Envoyer|^Enregistrer/ })
			.click();

		// The request page: its channel in words, and 7 days from the day on monenfant.fr.
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/relais\/demandes\/[A-Z]/);
		await expect(main(page)).toContainText('(monenfant.fr)');
		await expect(main(page)).toContainText('Reste 4 jours');
		await expect(main(page)).toContainText(/Langue de la famille\s*Arabe/);
		await expectNoA11yViolations(page);
	});
});
