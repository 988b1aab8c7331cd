import { addDays, addMonths, addYears } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';
import {
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test,
	useOwnClientAddress
} from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * The family's online request (issue 3), the way a parent on a phone fills it: with the
 * keyboard alone (Tab, typing, Space, arrows, Enter), with JavaScript and without, axe on
 * every step. Every test that sends a request uses its own client address, so the
 * per-address submission limit never blocks another test.
 */

const START = '/demande';
/** The address of a step: the draft's id, then the step's French name. */
const stepPath = (slug: string) => new RegExp(`^/demande/[0-9a-f-]{36}/${slug}$`);

const today = todayInParis();
const iso = {
	born: addYears(today, -1),
	expected: addMonths(today, 2),
	start: addMonths(today, 3),
	past: addDays(today, -3)
};

function main(page: Page): Locator {
	return page.getByRole('main');
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user moves through the page (Tab
 * also moves through the parts of a date or time field).
 */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
	for (let presses = 0; presses < maxPresses; presses += 1) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target, `reachable with Tab within ${maxPresses} presses`).toBeFocused();
}

/**
 * Types a date into the focused date field. Chromium orders the parts by its own language
 * (month/day/year in Debian's build, which ships en-US only; day/month/year in French):
 * typed in the first order, then, if the value is not the date, in the other.
 */
async function typeDate(page: Page, field: Locator, date: string): Promise<void> {
	await expect(field).toBeFocused();
	const [year, month, day] = date.split('-');
	await page.keyboard.type(`${month}${day}${year}`);
	if ((await field.inputValue()) !== date) {
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.type(`${day}${month}${year}`);
	}
	await expect(field).toHaveValue(date);
}

/** Types a time ("07:30") into the focused time field, with AM/PM when the field has it. */
async function typeTime(page: Page, field: Locator, time: string): Promise<void> {
	await expect(field).toBeFocused();
	const [hours, minutes] = time.split(':');
	await page.keyboard.type(`${hours}${minutes}`);
	if ((await field.inputValue()) !== time) {
		await page.keyboard.type(Number(hours) < 12 ? 'A' : 'P');
	}
	await expect(field).toHaveValue(time);
}

const shortNames: Record<string, string> = {
	coordonnees: 'Coordonnées',
	commune: 'Commune',
	enfants: 'Enfants',
	besoin: 'Besoin',
	envoi: 'Envoi'
};

async function expectStep(page: Page, slug: string, number: number, title: string) {
	await expect
		.poll(() => new URL(page.url()).pathname, { message: `on the step ${slug}` })
		.toMatch(stepPath(slug));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		new RegExp(`Étape ${number} sur 5\\s*:?\\s*${title}`)
	);
	await expect(page).toHaveTitle(new RegExp(`^${title} \\(étape ${number} sur 5\\)`));
	const steps = main(page).getByRole('list', { name: 'Les étapes de la demande' });
	await expect(steps.getByRole('listitem')).toHaveCount(5);
	await expect(steps.locator('[aria-current="step"]')).toContainText(shortNames[slug] ?? slug);
	// No way to a step ahead but the form's own buttons.
	await expect(steps.getByRole('link')).toHaveCount(0);
}

/** The field's own error line, read with the field (aria-describedby). */
async function expectFieldError(field: Locator, message: string | RegExp) {
	await expect(field).toHaveAccessibleDescription(
		message instanceof RegExp ? message : new RegExp(escapeRegExp(message))
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first step filled (an appointment at the relay), then on to the commune step. */
async function goToCommuneStep(page: Page): Promise<void> {
	await startRequest(page);
	await main(page)
		.getByRole('textbox', { name: /^Vos nom et prénom/ })
		.fill('Lina Martin');
	await main(page)
		.getByRole('textbox', { name: /^Adresse électronique/ })
		.fill('lina@exemple.fr');
	await main(page).getByRole('radio', { name: 'Au relais' }).check();
	await main(page).getByRole('button', { name: 'Continuer' }).click();
	await expectStep(page, 'commune', 2, 'Votre commune');
}

async function startRequest(page: Page): Promise<void> {
	await page.goto(START);
	await tabTo(page, main(page).getByRole('button', { name: 'Commencer ma demande' }));
	await page.keyboard.press('Enter');
	await expectStep(page, 'coordonnees', 1, 'Vos coordonnées');
}

const javaScriptModes = [
	{ javaScriptEnabled: true, label: 'with JavaScript' },
	{ javaScriptEnabled: false, label: 'without JavaScript' }
];

for (const { javaScriptEnabled, label } of javaScriptModes) {
	test.describe(`request form, ${label}`, () => {
		test.use({ javaScriptEnabled });

		// Tagged @phone: only the mobile project (375 px) runs it (see playwright.config.ts).
		test('a parent fills and sends the whole form with the keyboard alone at 375 px @phone', async ({
			page,
			context
		}) => {
			test.slow();
			await useOwnClientAddress(context);
			const k = page.keyboard;

			// The start page.
			await page.goto(START);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Faire une demande d’accueil pour votre enfant'
			);
			await expectNoHorizontalScroll(page);
			await expectNoA11yViolations(page);
			await tabTo(page, main(page).getByRole('button', { name: 'Commencer ma demande' }));
			await k.press('Enter');

			// Step 1: who asks. Enter in a field goes on.
			await expectStep(page, 'coordonnees', 1, 'Vos coordonnées');
			await expectNoA11yViolations(page);
			const names = main(page).getByRole('textbox', { name: /^Vos nom et prénom/ });
			await tabTo(page, names);
			await k.type('Awa Diallo');
			await k.press('Tab');
			await expect(
				main(page).getByRole('textbox', { name: /^Adresse électronique/ })
			).toBeFocused();
			await k.type('awa.diallo@exemple.fr');
			await k.press('Tab');
			const byPhone = main(page).getByRole('radio', { name: 'Par téléphone' });
			await expect(main(page).getByRole('radio', { name: 'Au relais' })).toBeFocused();
			await k.press('ArrowDown');
			await expect(byPhone).toBeChecked();
			await k.press('Tab');
			const phone = main(page).getByRole('textbox', { name: /^Téléphone/ });
			await expect(phone).toBeFocused();
			await k.type('06 12 34 56 78');
			await k.press('Enter');

			// Step 2: the commune; a postal code shared by two communes asks which one.
			await expectStep(page, 'commune', 2, 'Votre commune');
			await expectNoA11yViolations(page);
			await tabTo(page, main(page).getByRole('combobox', { name: /^Votre commune/ }));
			await k.type('35760');
			await k.press('Enter');
			const which = main(page).getByRole('group', { name: /Laquelle est la vôtre/ });
			await expect(which).toBeVisible();
			await expect(page.getByRole('alert').first()).toContainText(
				'Plusieurs communes correspondent'
			);
			await expectNoA11yViolations(page);
			await tabTo(page, which.getByRole('radio').first());
			await k.press('ArrowDown');
			await expect(which.getByRole('radio', { name: 'Saint-Grégoire (35760)' })).toBeChecked();
			await tabTo(page, main(page).getByRole('button', { name: 'Continuer' }));
			await k.press('Enter');

			// Step 3: two children, one born, one expected.
			await expectStep(page, 'enfants', 3, 'Vos enfants');
			await expectNoA11yViolations(page);
			const first = main(page).getByRole('group', { name: 'Enfant 1' });
			await tabTo(page, first.getByRole('radio', { name: 'Déjà né(e)' }));
			await k.press('Space');
			await k.press('Tab');
			// The label follows the answer above it with JavaScript; the field is the same.
			await typeDate(page, first.getByLabel(/^Date de naissance/), iso.born);
			await tabTo(page, main(page).getByRole('button', { name: 'Ajouter un enfant' }));
			await k.press('Enter');
			const second = main(page).getByRole('group', { name: 'Enfant 2' });
			await expect(second).toBeVisible();
			if (javaScriptEnabled) {
				await expect(second.getByRole('heading', { name: 'Enfant 2' })).toBeFocused();
			} else {
				expect(new URL(page.url()).hash).toBe('#enfant-2');
			}
			// What was typed for the first child is still there.
			await expect(first.getByLabel('Date de naissance', { exact: true })).toHaveValue(iso.born);
			await expect(first.getByRole('radio', { name: 'Déjà né(e)' })).toBeChecked();
			await expectNoA11yViolations(page);
			await tabTo(page, second.getByRole('radio', { name: 'Déjà né(e)' }));
			await k.press('ArrowDown');
			await expect(second.getByRole('radio', { name: /^Naissance attendue/ })).toBeChecked();
			await k.press('Tab');
			await typeDate(page, second.getByLabel(/^Date de naissance/), iso.expected);
			// The support question is optional: left unanswered. Enter goes on, not "add a child".
			await k.press('Enter');

			// Step 4: the need, with the weekly grid.
			await expectStep(page, 'besoin', 4, 'Votre besoin d’accueil');
			await expectNoA11yViolations(page);
			await tabTo(page, main(page).getByLabel(/^À partir de quand/));
			await typeDate(page, main(page).getByLabel(/^À partir de quand/), iso.start);
			await tabTo(page, main(page).getByRole('radio', { name: 'Régulier' }));
			await k.press('Space');
			const monday = main(page).getByRole('group', { name: 'Lundi' });
			await tabTo(page, monday.getByLabel('Début'));
			await typeTime(page, monday.getByLabel('Début'), '06:45');
			// Tab goes through the parts of a time field (hours, minutes, AM/PM), then on.
			await tabTo(page, monday.getByLabel('Fin'));
			await typeTime(page, monday.getByLabel('Fin'), '18:00');
			const saturday = main(page).getByRole('group', { name: 'Samedi' });
			await tabTo(page, saturday.getByLabel('Début'));
			await typeTime(page, saturday.getByLabel('Début'), '09:00');
			await tabTo(page, saturday.getByLabel('Fin'));
			await typeTime(page, saturday.getByLabel('Fin'), '12:30');
			await tabTo(page, saturday.getByRole('checkbox', { name: 'Jusqu’au lendemain' }));
			if (javaScriptEnabled) {
				// Derived as the grid is filled: never asked.
				await expect(main(page).getByRole('status')).toHaveText(
					'Horaires atypiques repérés : avant 7 h, samedi.'
				);
			}
			const kinds = main(page).getByRole('group', { name: /^Quels modes d’accueil/ });
			await expect(kinds.getByRole('checkbox')).toHaveCount(8);
			for (const box of await kinds.getByRole('checkbox').all())
				await expect(box).not.toBeChecked();
			await tabTo(page, kinds.getByRole('checkbox', { name: /^Maison d’assistants maternels/ }));
			await k.press('Space');
			await tabTo(page, kinds.getByRole('checkbox', { name: 'Crèche ou multi-accueil' }));
			await k.press('Space');
			await tabTo(page, main(page).getByRole('button', { name: 'Continuer' }));
			await k.press('Enter');

			// Step 5: the summary, the notice, the consent; the trap field is never reached.
			await expectStep(page, 'envoi', 5, 'Vérifier et envoyer');
			await expectNoA11yViolations(page);
			await expect(main(page)).toContainText('Saint-Grégoire');
			await expect(main(page)).toContainText('Horaires atypiques');
			await expect(main(page)).toContainText('avant 7 h, samedi');
			await expect(main(page)).toContainText('2 ans après la clôture de la demande');
			await expect(
				main(page).getByRole('link', { name: 'Modifier : vos enfants' })
			).toHaveAttribute('href', /\/enfants$/);
			await tabTo(page, main(page).getByLabel(/^Voulez-vous dire autre chose/));
			await k.type('Nous travaillons tous les deux en horaires décalés.');
			const consent = main(page).getByRole('checkbox', { name: /^J’ai lu ces informations/ });
			await tabTo(page, consent);
			await k.press('Space');
			await k.press('Tab');
			const send = main(page).getByRole('button', { name: 'Envoyer ma demande' });
			await expect(send).toBeFocused();
			await k.press('Enter');

			// The confirmation.
			await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/demande\/envoyee\//);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre demande est envoyée');
			await expect(main(page)).toContainText(/[A-Z]{2,4}-\d{4}-\d{5}/);
			await expect(main(page)).toContainText('Pour le dire au téléphone');
			await expect(main(page)).toContainText(/rendez-vous dans les \d+ jours/);
			await expectNoHorizontalScroll(page);
			await expectNoA11yViolations(page);
		});

		test('a missing phone for a phone appointment is said at the field and in the summary; nothing typed is lost', async ({
			page
		}) => {
			await startRequest(page);
			await main(page)
				.getByRole('textbox', { name: /^Vos nom et prénom/ })
				.fill('Karim Benali');
			await main(page)
				.getByRole('textbox', { name: /^Adresse électronique/ })
				.fill('karim@exemple.fr');
			await main(page).getByRole('radio', { name: 'Par téléphone' }).check();
			// With a phone appointment, the phone is never called optional (with a script or not).
			await expect(
				main(page).getByRole('textbox', { name: /^Téléphone/ })
			).not.toHaveAccessibleName(/facultatif/);
			await main(page).getByRole('button', { name: 'Continuer' }).click();

			const message =
				'Indiquez un numéro de téléphone : vous avez choisi un rendez-vous par téléphone.';
			const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient' });
			await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', '#phone');
			const phone = main(page).getByRole('textbox', { name: /^Téléphone/ });
			await expectFieldError(phone, message);
			await expect(phone).toHaveAttribute('aria-invalid', 'true');
			await expect(main(page).getByRole('textbox', { name: /^Vos nom et prénom/ })).toHaveValue(
				'Karim Benali'
			);
			await expect(main(page).getByRole('radio', { name: 'Par téléphone' })).toBeChecked();
			await expectNoA11yViolations(page);
		});

		test('“Retour” keeps what was typed on the way back and forth', async ({ page }) => {
			await startRequest(page);
			await main(page)
				.getByRole('textbox', { name: /^Vos nom et prénom/ })
				.fill('Lina Martin');
			await main(page)
				.getByRole('textbox', { name: /^Adresse électronique/ })
				.fill('lina@exemple.fr');
			await main(page).getByRole('radio', { name: 'Au relais' }).check();
			await main(page).getByRole('button', { name: 'Continuer' }).click();
			await expectStep(page, 'commune', 2, 'Votre commune');
			await main(page)
				.getByRole('combobox', { name: /^Votre commune/ })
				.fill('Bruz');
			await main(page).getByRole('button', { name: 'Retour' }).click();

			await expectStep(page, 'coordonnees', 1, 'Vos coordonnées');
			await expect(main(page).getByRole('textbox', { name: /^Vos nom et prénom/ })).toHaveValue(
				'Lina Martin'
			);
			await expect(main(page).getByRole('radio', { name: 'Au relais' })).toBeChecked();
			await main(page).getByRole('button', { name: 'Continuer' }).click();
			await expectStep(page, 'commune', 2, 'Votre commune');
			await expect(main(page).getByRole('combobox', { name: /^Votre commune/ })).toHaveValue(
				'Bruz'
			);
		});

		test('a real commune outside the territory is not served, said once, with whom to contact', async ({
			page
		}) => {
			await goToCommuneStep(page);
			await main(page)
				.getByRole('combobox', { name: /^Votre commune/ })
				.fill('Vitré');
			await main(page).getByRole('button', { name: 'Continuer' }).click();

			const commune = main(page).getByRole('combobox', { name: /^Votre commune/ });
			await expectFieldError(commune, /ne s’occupent pas de cette commune/);
			// Once at the field and once in the summary: no third copy in an alert.
			await expect(main(page).getByText(/ne s’occupent pas de cette commune/)).toHaveCount(2);
			await expect(main(page).getByRole('link', { name: /^monenfant\.fr/ })).toBeVisible();
			await expect(main(page).getByRole('radio')).toHaveCount(0);
			await expectNoA11yViolations(page);
		});

		test('a misspelt commune is not found, and a close name can be picked', async ({ page }) => {
			await goToCommuneStep(page);
			await main(page)
				.getByRole('combobox', { name: /^Votre commune/ })
				.fill('Mordel');
			await main(page).getByRole('button', { name: 'Continuer' }).click();

			const commune = main(page).getByRole('combobox', { name: /^Votre commune/ });
			await expectFieldError(commune, /Nous ne trouvons pas cette commune/);
			await expect(main(page)).not.toContainText('ne s’occupent pas');
			const choices = main(page).getByRole('group', { name: /^Vouliez-vous dire/ });
			await expect(choices.getByRole('radio').first()).toHaveAccessibleName('Mordelles (35310)');
			await expectNoA11yViolations(page);
			await choices.getByRole('radio', { name: 'Mordelles (35310)' }).check();
			await main(page).getByRole('button', { name: 'Continuer' }).click();
			await expectStep(page, 'enfants', 3, 'Vos enfants');
		});

		test('sent back to a step that no longer holds (?verifier=1), the step shows its messages', async ({
			page
		}) => {
			await startRequest(page);
			const contactUrl = page.url();
			// "Retour" keeps a step as it is, valid or not: here a start date in the past.
			await page.goto(contactUrl.replace(/coordonnees$/, 'besoin'));
			await main(page)
				.getByLabel(/^À partir de quand/)
				.fill(iso.past);
			await main(page).getByRole('button', { name: 'Retour' }).click();
			await expectStep(page, 'enfants', 3, 'Vos enfants');

			await page.goto(`${contactUrl.replace(/coordonnees$/, 'besoin')}?verifier=1`);
			const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient' });
			await expect(summary).toContainText('Une réponse de cette étape n’est plus valable');
			await expect(
				summary.getByRole('link', { name: 'La date de début ne peut pas être dans le passé.' })
			).toHaveAttribute('href', '#desiredStart');
			await expect(main(page).getByLabel(/^À partir de quand/)).toHaveValue(iso.past);
			await expectNoA11yViolations(page);
		});

		test('the weekly grid reflows at 320 px: one group per day, no horizontal scroll', async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await startRequest(page);
			await main(page)
				.getByRole('textbox', { name: /^Vos nom et prénom/ })
				.fill('Lina Martin');
			await main(page)
				.getByRole('textbox', { name: /^Adresse électronique/ })
				.fill('lina@exemple.fr');
			await main(page).getByRole('radio', { name: 'Au relais' }).check();
			await main(page).getByRole('button', { name: 'Continuer' }).click();
			await main(page)
				.getByRole('combobox', { name: /^Votre commune/ })
				.fill('Bruz (35170)');
			await main(page).getByRole('button', { name: 'Continuer' }).click();
			await main(page).getByRole('radio', { name: 'Déjà né(e)' }).check();
			await main(page)
				.getByLabel(/^Date de naissance/)
				.fill(iso.born);
			await main(page).getByRole('button', { name: 'Continuer' }).click();
			await expectStep(page, 'besoin', 4, 'Votre besoin d’accueil');

			for (const day of ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche']) {
				const group = main(page).getByRole('group', { name: day, exact: true });
				await expect(group.getByLabel('Début')).toBeVisible();
				await expect(group.getByLabel('Fin')).toBeVisible();
				await expect(group.getByRole('checkbox', { name: 'Jusqu’au lendemain' })).toBeVisible();
			}
			await expect(main(page).getByRole('table')).toHaveCount(0);
			await expectNoHorizontalScroll(page);

			// End before start on a day without "jusqu’au lendemain"; start in the past.
			await main(page)
				.getByLabel(/^À partir de quand/)
				.fill(iso.past);
			const tuesday = main(page).getByRole('group', { name: 'Mardi' });
			await tuesday.getByLabel('Début').fill('18:00');
			await tuesday.getByLabel('Fin').fill('08:00');
			await main(page).getByRole('radio', { name: 'Régulier' }).check();
			await main(page).getByRole('checkbox', { name: 'Pas de préférence' }).check();
			await main(page).getByRole('button', { name: 'Continuer' }).click();

			await expectFieldError(
				tuesday.getByLabel('Fin'),
				/L’heure de fin doit être après l’heure de début/
			);
			await expectFieldError(
				main(page).getByLabel(/^À partir de quand/),
				'La date de début ne peut pas être dans le passé.'
			);
			const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient' });
			await expect(summary.getByRole('link', { name: /^Mardi : L’heure de fin/ })).toHaveAttribute(
				'href',
				'#tue_end'
			);
			await expectNoHorizontalScroll(page);
			await expectNoA11yViolations(page);
		});
	});
}

test.describe('request form, inline validation with JavaScript', () => {
	test('a wrong email is said when the field is left, and the message goes once it is put right', async ({
		page
	}) => {
		await startRequest(page);
		const email = main(page).getByRole('textbox', { name: /^Adresse électronique/ });
		await email.focus();
		await page.keyboard.type('awa@');
		await page.keyboard.press('Tab');
		await expectFieldError(
			email,
			'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.'
		);
		// The focus went on: the message never takes it back.
		await expect(main(page).getByRole('radio', { name: 'Au relais' })).toBeFocused();
		await email.focus();
		await page.keyboard.type('exemple.fr');
		await page.keyboard.press('Tab');
		await expect(email).not.toHaveAttribute('aria-invalid', 'true');
		await expect(main(page).getByText('Indiquez une adresse électronique valide')).toHaveCount(0);
	});

	test('the trap field for robots is out of reach of people and assistive technologies', async ({
		page
	}) => {
		await startRequest(page);
		// Straight to the last step: the trap is there whatever the earlier steps hold.
		await page.goto(page.url().replace(/coordonnees$/, 'envoi'));
		const trap = page.locator('input[name="website"]');
		await expect(trap).toHaveAttribute('tabindex', '-1');
		await expect(trap).toHaveAttribute('autocomplete', 'off');
		await expect(page.getByRole('textbox', { name: 'Ne pas remplir ce champ' })).toHaveCount(0);
		await expect(
			main(page).getByRole('link', { name: /^Vérifier l’étape « Vos coordonnées »/ })
		).toBeVisible();
	});
});
