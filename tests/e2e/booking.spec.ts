import type { Locator, Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { linkIn, waitForInvitations, waitForMailTo } from './helpers/outbox';
import { sendFamilyRequest, type SentRequest } from './helpers/requests';

/**
 * Appointments (issue 5) as the animator books or offers them from a request, and as the
 * family chooses, moves or cancels them from the tracking page. Each test sends its own
 * request; the demo animators open Monday, Tuesday and Thursday mornings at the relay and
 * Wednesday afternoons by phone, so the next seven days always hold both kinds of slot.
 */

test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

const main = (page: Page) => page.getByRole('main');

/**
 * The delay from the request to its first appointment, in words. The first free slot may be
 * later today (a run in the morning) or another day: both are right.
 */
const FIRST_APPOINTMENT_DELAY =
	/Premier rendez-vous (le jour de la demande|\d+ jours? après la demande)/;

/** The request taken by the signed-in animator (out of turn, with a reason, if need be). */
async function takeRequest(page: Page, sent: SentRequest): Promise<void> {
	await page.goto(`/relais/demandes/${sent.reference}`);
	const form = main(page).locator('form[action="?/take"]');
	const reason = form.getByLabel(/^Pourquoi la prendre avant son tour/);
	if ((await reason.count()) > 0) await reason.fill('Rendez-vous à fixer pour le test');
	await form.getByRole('button', { name: 'Prendre la demande' }).click();
	await expect(main(page).getByText('La demande vous est attribuée.')).toBeVisible();
}

async function openBooking(page: Page, sent: SentRequest): Promise<void> {
	await page.goto(`/relais/demandes/${sent.reference}`);
	await main(page).getByRole('link', { name: 'Fixer ou proposer un rendez-vous' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(sent.reference);
}

const slotsGroup = (page: Page) =>
	main(page).getByRole('group', { name: /^Dans le délai de 7 jours/ });

/**
 * The first free phone slot that starts more than 25 hours from now, and whether it lies
 * inside the 7-day target. The demo relay opens phone slots on Wednesday afternoons only: run
 * on a Wednesday morning, the slots inside the target are all less than 24 hours away.
 */
async function phoneSlotAfterTomorrow(page: Page): Promise<{ slot: Locator; inWindow: boolean }> {
	const phoneSlots = main(page).getByRole('checkbox', { name: /par téléphone/ });
	const keys = await phoneSlots.evaluateAll((boxes) =>
		boxes.map((box) => (box as HTMLInputElement).value)
	);
	// A slot's key is `<animator id>_<ISO start>` (slot-choice.ts).
	const startOf = (key: string) => new Date(key.split('_')[1] ?? '').getTime();
	const index = keys.findIndex((key) => startOf(key) > Date.now() + 25 * 60 * 60 * 1000);
	expect(index, 'a phone slot more than a day ahead').toBeGreaterThanOrEqual(0);
	const key = keys[index] ?? '';
	const inWindow =
		(await slotsGroup(page).locator(`input[type="checkbox"][value="${key}"]`).count()) > 0;
	return { slot: phoneSlots.nth(index), inWindow };
}

test('an animator books a phone appointment; the family moves it from the tracking page', async ({
	page,
	request
}) => {
	// Two people, five pages, five accessibility checks.
	test.slow();
	const sent = await sendFamilyRequest(request, 'vilaine-ouest');
	const tracking = linkIn(await waitForMailTo(sent.email), '/suivi/');
	await takeRequest(page, sent);
	await openBooking(page, sent);
	await expectNoA11yViolations(page);

	// Nothing ticked: the error is at the group and in the summary, which takes the focus.
	await main(page).getByRole('button', { name: 'Réserver ce créneau' }).click();
	const summary = main(page).getByRole('alert').filter({ hasText: 'Cochez un seul créneau' });
	await expect(summary).toBeFocused();

	// The family may move it online until 24 hours before: a phone slot later than that.
	const { slot: phoneSlot, inWindow } = await phoneSlotAfterTomorrow(page);
	await phoneSlot.check();
	await expect(main(page).getByLabel(/^Numéro à appeler/)).toHaveValue('06 39 98 12 34');
	await main(page).getByRole('button', { name: 'Réserver ce créneau' }).click();
	await expect(main(page).getByText(/Rendez-vous réservé/)).toBeVisible();
	const list = main(page).getByRole('table', { name: /Rendez-vous de la demande/ });
	await expect(list).toContainText('Par téléphone, au 06 39 98 12 34');
	await expect(list).toContainText('Prévu');
	await expect(main(page)).toContainText(FIRST_APPOINTMENT_DELAY);
	await expectNoA11yViolations(page);
	// The request page says it too, with "Dans le délai" (or "En retard") in words beside it.
	await main(page).getByRole('link', { name: 'Retour à la demande' }).click();
	await expect(main(page)).toContainText(FIRST_APPOINTMENT_DELAY);
	await expect(
		main(page).getByText(inWindow ? 'Dans le délai' : 'En retard', { exact: true })
	).toBeVisible();

	// The family, from the link of their mail, moves it to another free slot.
	await page.goto(tracking.pathname);
	const section = main(page).getByRole('region', { name: 'Votre rendez-vous avec le relais' });
	await expect(section).toContainText('Le relais vous appellera au 06 39 98 12 34.');
	await expectNoA11yViolations(page);
	// The times by day, each once (whoever of the team is free then), with its way in words.
	const newTimes = section.getByRole('group', { name: /^Nouveau créneau/ });
	const firstDay = newTimes.getByRole('group').first();
	await expect(firstDay).toHaveAccessibleName(
		/^(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche) \d{1,2} /
	);
	const labels = (await firstDay.locator('label').allTextContents()).map((text) => text.trim());
	expect(new Set(labels).size).toBe(labels.length);
	for (const label of labels) expect(label).toMatch(/, (par téléphone|au relais \(.+\))$/);
	const newSlot = newTimes.getByRole('radio').nth(1);
	await newSlot.check();
	await section.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
	await expect(main(page).getByText(/Votre rendez-vous est déplacé/)).toBeVisible();
	await expectNoA11yViolations(page);

	await openBooking(page, sent);
	await expect(
		main(page)
			.getByRole('table', { name: /Rendez-vous de la demande/ })
			.getByText('Prévu')
	).toHaveCount(1);

	// Both mails reached the SMTP server with invitations a calendar updates in place: the
	// same UID, the sequence raised by the move, METHOD:REQUEST, and the .ics file attached.
	const [booked, moved] = await waitForInvitations(sent.email, 2);
	expect(booked).toMatchObject({
		method: 'REQUEST',
		sequence: 0,
		status: 'CONFIRMED',
		attachedAsFile: true
	});
	expect(moved).toMatchObject({
		method: 'REQUEST',
		sequence: 1,
		status: 'CONFIRMED',
		attachedAsFile: true
	});
	expect(moved?.uid).toBe(booked?.uid);
	expect(booked?.uid).not.toBe('');
});

test('the animator offers three slots; the family chooses one; the booking page fits 320 px', async ({
	page,
	request
}) => {
	const sent = await sendFamilyRequest(request, 'vilaine-ouest');
	await takeRequest(page, sent);
	await openBooking(page, sent);

	const boxes = slotsGroup(page).getByRole('checkbox');
	for (const n of [0, 1, 2]) await boxes.nth(n).check();
	await main(page).getByRole('button', { name: 'Proposer ces créneaux à la famille' }).click();
	await expect(main(page).getByText(/Créneaux proposés/)).toBeVisible();
	await expect(
		main(page)
			.getByRole('table', { name: /Rendez-vous de la demande/ })
			.getByText('Proposé')
	).toHaveCount(3);
	await page.setViewportSize({ width: 320, height: 740 });
	await expectNoHorizontalScroll(page);

	// The family follows the link of the offer mail (not the confirmation's): every mail has one.
	const offer = await waitForMailTo(sent.email, (mail) => /^Choisissez/.test(mail.subject ?? ''));
	await page.goto(linkIn(offer, '/suivi/').pathname);
	const section = main(page).getByRole('region', { name: 'Votre rendez-vous avec le relais' });
	await expectNoA11yViolations(page);
	await section.getByRole('radio').first().check();
	await section.getByRole('button', { name: 'Choisir ce créneau' }).click();
	await expect(main(page).getByText(/Votre rendez-vous est réservé/)).toBeVisible();
	await expect(main(page)).toContainText('Votre rendez-vous avec le relais est fixé.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('booking works with plain form posts', async ({ page, request }) => {
		const sent = await sendFamilyRequest(request, 'vilaine-ouest');
		await takeRequest(page, sent);
		await openBooking(page, sent);
		await slotsGroup(page).getByRole('checkbox').first().check();
		await main(page).getByRole('button', { name: 'Réserver ce créneau' }).click();
		await expect(main(page).getByText(/Rendez-vous réservé/)).toBeVisible();
	});
});

test('an animator of another relay gets 404 on the booking page and its actions', async ({
	request,
	pageAs,
	baseURL
}) => {
	const sent = await sendFamilyRequest(request, 'vilaine-ouest');
	const other = await pageAs(demoAccount('animator', 'vilaine-est'));
	const path = `/relais/demandes/${sent.reference}/rendez-vous`;
	expect((await other.goto(path))?.status()).toBe(404);
	for (const action of ['book', 'offer', 'reschedule', 'cancel', 'outcome']) {
		const response = await other.request.post(`${path}?/${action}`, {
			headers: { origin: baseURL ?? '', 'content-type': 'application/x-www-form-urlencoded' },
			data: 'slot=x',
			maxRedirects: 0
		});
		expect(response.status(), action).toBe(404);
	}
});
