import type { Locator, Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { sendFamilyRequest } from './helpers/requests';

/**
 * The relay's queue and request page (issue 4), as an animator works them: open the queue,
 * take the next request, call the family, see what happened. Each test sends the requests it
 * needs, so it holds whatever the demo data and the other tests (running at the same time,
 * in the same relays) have taken.
 */

const QUEUE = '/relais/file';
const REQUEST_PATH = /^\/relais\/demandes\/[A-Z]{2,4}-\d{4}-\d{5,}$/;

const main = (page: Page) => page.getByRole('main');
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** The references of the queue page's cards, in order (each card's heading links to it). */
const queueReferences = (page: Page) =>
	main(page)
		.getByRole('list')
		.filter({ has: page.getByRole('heading', { level: 3 }) })
		.getByRole('heading', { level: 3 })
		.getByRole('link')
		.allInnerTexts();

const referenceIn = (text: string) => /[A-Z]{2,4}-\d{4}-\d{5,}/.exec(text)?.[0] ?? '';

/** Pages through the queue until `reference` shows; fails after `maxPages`. */
async function findInQueue(page: Page, reference: string, maxPages = 40): Promise<void> {
	await page.goto(QUEUE);
	for (let pageNumber = 0; pageNumber < maxPages; pageNumber += 1) {
		if ((await queueReferences(page)).includes(reference)) return;
		const next = main(page)
			.getByRole('navigation', { name: 'Pages de la file' })
			.getByRole('link', { name: 'Demandes suivantes' });
		if ((await next.count()) === 0) break;
		await next.click();
	}
	throw new Error(`${reference} is not in the queue`);
}

/** WCAG 1.4.10: the page reflows at 320 CSS pixels (the tables scroll in their own region). */
async function fitsAt320(page: Page): Promise<void> {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: size?.height ?? 740 });
	await expectNoHorizontalScroll(page);
	if (size) await page.setViewportSize(size);
}

function contactLog(page: Page): Locator {
	return main(page).getByRole('table', { name: /tentatives pour joindre la famille/ });
}

async function logCall(page: Page, outcome: string, note = ''): Promise<void> {
	const form = main(page).locator('form[action="?/contact"]');
	await form
		.getByRole('group', { name: /^Moyen/ })
		.getByLabel('Appel')
		.check();
	await form
		.getByRole('group', { name: /^Résultat/ })
		.getByLabel(outcome)
		.check();
	await form.getByLabel(/^Précision/).fill(note);
	await form.getByRole('button', { name: 'Noter' }).click();
	await expect(main(page).getByText('C’est noté.')).toBeVisible();
}

test.describe('an animator of Vilaine Ouest', () => {
	const animator = demoAccount('animator', 'vilaine-ouest');
	test.use({ signedInAs: animator });

	test('takes the next request, logs an unanswered call then a reached one, and sees them in the history', async ({
		page,
		request
	}) => {
		// A whole working session (two forms, two axe runs): give it the time of three tests.
		test.slow();
		// At least one request waits, whatever the others took.
		const family = await sendFamilyRequest(request, 'vilaine-ouest');

		await findInQueue(page, family.reference);
		await expect(page.getByRole('heading', { level: 1, name: 'File des demandes' })).toBeVisible();
		// The family's name appears when the request is opened, never in the list.
		await expect(main(page)).not.toContainText(family.parentNames);
		await expect(main(page)).not.toContainText(family.email);
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);
		await fitsAt320(page);

		await page.goto(`${QUEUE}?attribution=aucune`);
		const waiting = await queueReferences(page);
		expect(waiting.length).toBeGreaterThan(0);
		await page.goto(QUEUE);
		const take = main(page).getByRole('button', { name: 'Prendre la demande suivante' });
		// With the keyboard: the button is reached and pressed like any other.
		await take.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => pathOf(page)).toMatch(REQUEST_PATH);
		// In turn: one of the oldest unassigned requests (others may have taken the very first).
		const reference = referenceIn(await page.getByRole('heading', { level: 1 }).innerText());
		expect(waiting).toContain(reference);
		expect(pathOf(page)).toBe(`/relais/demandes/${reference}`);

		const header = main(page).locator('.page-header');
		await expect(header).toContainText('Attribuée à');
		await expect(header).toContainText('En cours');
		await expect(main(page).getByRole('heading', { level: 2, name: 'La famille' })).toBeVisible();
		await expect(main(page).getByText('Aucun appel ni message noté pour l’instant.')).toBeVisible();

		await logCall(page, 'Pas de réponse');
		await logCall(page, 'Famille jointe', 'Rendez-vous à proposer jeudi');

		const rows = contactLog(page).locator('tbody tr');
		await expect(rows).toHaveCount(2);
		await expect(rows.nth(0)).toContainText('Pas de réponse');
		await expect(rows.nth(1)).toContainText('Famille jointe');
		await expect(rows.nth(1)).toContainText('Rendez-vous à proposer jeudi');
		const journal = main(page).getByRole('table', { name: /Qui a fait quoi sur cette demande/ });
		await expect(journal.getByRole('row').filter({ hasText: 'Appel ou message noté' })).toHaveCount(
			2
		);
		await expect(journal.getByRole('row').filter({ hasText: 'Demande prise' })).toHaveCount(1);
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);
		await fitsAt320(page);
	});

	test('taking a request out of turn asks why, at the field, then takes it', async ({
		page,
		request
	}) => {
		// Two older ones: even if other tests take the next requests meanwhile, one still waits.
		await sendFamilyRequest(request, 'vilaine-ouest');
		await sendFamilyRequest(request, 'vilaine-ouest');
		const newer = await sendFamilyRequest(request, 'vilaine-ouest');
		await page.goto(`/relais/demandes/${newer.reference}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(newer.reference);
		// Opened, the request shows the family's name.
		await expect(main(page)).toContainText(newer.parentNames);

		const form = main(page).locator('form[action="?/take"]');
		await expect(main(page).getByText(/plus anciennes? attend/)).toBeVisible();
		await form.getByRole('button', { name: 'Prendre la demande' }).click();
		const summary = main(page)
			.getByRole('alert')
			.filter({ hasText: 'Le formulaire contient une erreur' });
		await expect(summary).toBeVisible();
		await expect(summary).toBeFocused();
		const reason = form.getByLabel(/^Pourquoi la prendre avant son tour/);
		await expect(reason).toHaveAccessibleDescription(
			/Dites pourquoi vous prenez cette demande avant son tour/
		);
		await expectNoA11yViolations(page);

		await reason.fill('La famille a rappelé : reprise du travail dans dix jours');
		await form.getByRole('button', { name: 'Prendre la demande' }).click();
		await expect(main(page).getByText('La demande vous est attribuée.')).toBeVisible();
		// The reason stays with the request's story (erased with it at the end of retention);
		// the audit log, which outlives it, only says the request was taken out of turn.
		const history = main(page).getByRole('region', { name: 'Historique de la demande' });
		await expect(history).toContainText(
			'hors tour : « La famille a rappelé : reprise du travail dans dix jours »'
		);
		const journal = main(page).getByRole('table', { name: /Qui a fait quoi sur cette demande/ });
		await expect(journal).toContainText('hors tour');
		await expect(journal).not.toContainText('reprise du travail');

		// A change the state machine forbids (in progress → appointment held, with no appointment
		// booked) answers 409 and changes nothing. Posted as a browser without JavaScript posts
		// it, to read the HTTP status.
		const refused = await page.request.post(`/relais/demandes/${newer.reference}?/status`, {
			form: { from: 'in_progress', to: 'appointment_held' },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(refused.status()).toBe(409);
		await page.reload();
		await expect(main(page).locator('.page-header')).toContainText('En cours');
	});

	test('gets 404 on a request of Vilaine Est, for the page and for its actions', async ({
		page,
		pageAs,
		request
	}) => {
		const theirs = await sendFamilyRequest(request, 'vilaine-est');
		const path = `/relais/demandes/${theirs.reference}`;

		const animatorEst = await pageAs(demoAccount('animator', 'vilaine-est'));
		expect((await animatorEst.goto(path))?.status()).toBe(200);

		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
		await expect(main(page)).not.toContainText(theirs.parentNames);
		await expectNoA11yViolations(page);

		const origin = new URL(page.url()).origin;
		for (const [action, fields] of [
			['contact', { channel: 'call', outcome: 'reached', note: '' }],
			['take', { reason: 'intrusion' }],
			['note', { body: 'intrusion' }],
			['close', { from: 'received', reason: 'out_of_territory' }]
		] as const) {
			const post = await page.request.post(`${path}?/${action}`, {
				form: fields,
				headers: { origin, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(post.status(), `POST ?/${action}`).toBe(404);
		}
	});
});

test.describe('the queue’s default view, without JavaScript', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest'), javaScriptEnabled: false });

	/** The cards of the queue page (not the filter form, whose options name every status). */
	const cards = (page: Page) =>
		main(page)
			.getByRole('list')
			.filter({ has: page.getByRole('heading', { level: 3 }) });
	/** "Demandes 1 à 50 sur 87": the number after "sur". */
	const totalOf = async (page: Page) =>
		Number(/sur (\d+)/.exec(await main(page).locator('#demandes-rang').innerText())?.[1]);

	test('opens on the requests waiting for a first appointment; the others are one filter away, in the address', async ({
		page,
		request
	}) => {
		test.slow();
		await sendFamilyRequest(request, 'vilaine-ouest');
		await page.goto(QUEUE);
		const status = main(page).getByLabel('Statut', { exact: true });
		await expect(status).toHaveValue('');
		await expect(cards(page)).toContainText('Reçue');
		await expect(cards(page)).not.toContainText('Rendez-vous tenu');
		await expect(cards(page)).not.toContainText('Rendez-vous fixé');
		const waiting = await totalOf(page);

		// The requests whose appointment is held (the demo data has some), by the GET form.
		await status.selectOption({ label: 'Rendez-vous tenu' });
		await main(page).getByRole('button', { name: 'Filtrer' }).click();
		await expect
			.poll(() => new URL(page.url()).searchParams.get('statut'))
			.toBe('appointment_held');
		await expect(status).toHaveValue('appointment_held');
		await expect(cards(page)).toContainText('Rendez-vous tenu');
		await expect(cards(page)).not.toContainText('Reçue');
		await expect(cards(page)).not.toContainText('En cours');
		await expectNoA11yViolations(page);

		// One status on the request page: "Rendez-vous tenu", not also "Rendez-vous pris".
		const held = cards(page).getByRole('heading', { level: 3 }).getByRole('link').first();
		await held.click();
		await expect.poll(() => pathOf(page)).toMatch(REQUEST_PATH);
		const standing = main(page).locator('.page-header .standing');
		await expect(standing).toContainText('Rendez-vous tenu');
		await expect(standing).not.toContainText('Rendez-vous pris');

		// Every open request: more than the default view, and the choice kept in the address.
		await page.goto(QUEUE);
		await status.selectOption({ label: 'Toutes les demandes ouvertes' });
		await main(page).getByRole('button', { name: 'Filtrer' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('statut')).toBe('toutes');
		await expect(status).toHaveValue('toutes');
		expect(await totalOf(page)).toBeGreaterThan(waiting);
		await main(page).getByRole('link', { name: 'Effacer les filtres' }).click();
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await expect(status).toHaveValue('');
	});
});

test.describe('an elected official', () => {
	test.use({ signedInAs: demoAccount('official', 'vilaine-ouest') });

	test('gets 403 on the queue and on a request page', async ({ page, request }) => {
		const ours = await sendFamilyRequest(request, 'vilaine-ouest');
		for (const path of [QUEUE, `/relais/demandes/${ours.reference}`]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
			await expect(
				page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })
			).toBeVisible();
			await expect(main(page)).not.toContainText(ours.parentNames);
		}
		await expectNoA11yViolations(page);
	});
});
