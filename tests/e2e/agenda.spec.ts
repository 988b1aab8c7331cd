import type { Locator, Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { sendFamilyRequest, type SentRequest } from './helpers/requests';

/**
 * The animator's agenda (issue 5): the week, the relay view for the admin, and the private
 * calendar feed an animator subscribes to. The two projects run at the same time: each uses
 * the animator of its own relay, so that one's new feed never replaces the other's.
 */

const AGENDA = '/relais/agenda';
const main = (page: Page) => page.getByRole('main');

const ownAnimator = (projectName: string) =>
	demoAccount('animator', projectName === 'desktop' ? 'vilaine-ouest' : 'vilaine-est');

const ownRelay = (projectName: string) =>
	projectName === 'desktop' ? ('vilaine-ouest' as const) : ('vilaine-est' as const);

const PARIS = 'Europe/Paris';
const parisParts = (at: Date) =>
	Object.fromEntries(
		new Intl.DateTimeFormat('fr-FR', {
			timeZone: PARIS,
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(at)
			.map((part) => [part.type, part.value])
	);
/** "lundi 7 décembre" (or "mardi 1er décembre"), as a pattern. */
const dayPattern = (at: Date) => {
	const p = parisParts(at);
	return `${p.weekday} ${p.day}(er)? ${p.month}`;
};
/** "09 h 45" (or "9 h 45"), as a pattern. */
const timePattern = (at: Date) => {
	const p = parisParts(at);
	return `0?${Number(p.hour)} h ${p.minute}`;
};
/** The Paris date of an instant, `YYYY-MM-DD`. */
const parisDate = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: PARIS });

/** The request taken by the signed-in person (out of turn, with a reason, if need be). */
async function takeRequest(page: Page, sent: SentRequest): Promise<void> {
	await page.goto(`/relais/demandes/${sent.reference}`);
	const form = main(page).locator('form[action="?/take"]');
	const reason = form.getByLabel(/^Pourquoi la prendre avant son tour/);
	if ((await reason.count()) > 0) await reason.fill('Rendez-vous à fixer pour le test');
	await form.getByRole('button', { name: 'Prendre la demande' }).click();
	await expect(main(page).getByText('La demande vous est attribuée.')).toBeVisible();
}

/**
 * Books the last slot the booking page offers (the others' tests book the first ones) and
 * returns when it is. A slot's key is `<animator id>_<ISO start>` (slot-choice.ts).
 */
async function bookLastSlot(page: Page, sent: SentRequest): Promise<{ start: Date; end: Date }> {
	await page.goto(`/relais/demandes/${sent.reference}/rendez-vous`);
	const slot = main(page).getByRole('checkbox').last();
	const key = (await slot.getAttribute('value')) ?? '';
	const start = new Date(key.split('_')[1] ?? '');
	expect(start.getTime(), `a slot key with its start: ${key}`).toBeGreaterThan(Date.now());
	const text = await slot.evaluate(
		(box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''
	);
	// "…, de 09 h 45 à 10 h 30, …": the end, read from the label.
	const [, endHours, endMinutes] = / à (\d{1,2}) h (\d{2})/.exec(text) ?? [];
	expect(endHours, `an end time in "${text}"`).toBeDefined();
	await slot.check();
	await main(page).getByRole('button', { name: 'Réserver ce créneau' }).click();
	await expect(main(page).getByText(/Rendez-vous réservé/)).toBeVisible();
	const startParts = parisParts(start);
	const minutes =
		(Number(endHours) - Number(startParts.hour)) * 60 +
		(Number(endMinutes) - Number(startParts.minute));
	return { start, end: new Date(start.getTime() + minutes * 60_000) };
}

const box = async (locator: Locator) => {
	const found = await locator.boundingBox();
	if (!found) throw new Error(`no box for ${locator}`);
	return found;
};

test.describe('agenda', () => {
	test('an animator opens the agenda from the navigation and moves from week to week', async ({
		pageAs
	}, testInfo) => {
		const page = await pageAs(ownAnimator(testInfo.project.name));
		await page.goto('/relais');
		await page
			.getByRole('navigation', { name: 'Navigation principale' })
			.getByRole('link', { name: 'Agenda' })
			.click();
		await expect(page).toHaveURL(AGENDA);
		await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);
		// An animator has no relay view.
		await expect(main(page).getByRole('link', { name: 'Tout le relais' })).toHaveCount(0);

		await page.goto(`${AGENDA}?semaine=2026-10-28`);
		await expect(
			page.getByText('Semaine du lundi 26 octobre au dimanche 1er novembre.')
		).toBeVisible();
		await main(page).getByRole('link', { name: 'Semaine suivante' }).click();
		await expect(page).toHaveURL(`${AGENDA}?semaine=2026-11-02`);
		await expect(
			page.getByText('Semaine du lundi 2 novembre au dimanche 8 novembre.')
		).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('the admin sees the relay view', async ({ pageAs }) => {
		const page = await pageAs(demoAccount('admin', 'vilaine-ouest'));
		await page.goto(AGENDA);
		await main(page).getByRole('link', { name: 'Tout le relais' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Agenda du relais' })).toBeVisible();
		await expect(main(page).getByRole('link', { name: 'Tout le relais' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expectNoA11yViolations(page);
		await expectNoHorizontalScroll(page);
	});

	test('an animator creates a private calendar feed, replaces it and revokes it', async ({
		pageAs
	}, testInfo) => {
		const page = await pageAs(ownAnimator(testInfo.project.name));
		await page.goto(AGENDA);
		const section = main(page).getByRole('region', { name: 'Mon calendrier' });

		const createOrReplace = section.getByRole('button', { name: /Créer mon lien|Remplacer/ });
		await createOrReplace.click();
		await expect(section.getByText('Voici votre lien privé.')).toBeVisible();
		const first = (await section.locator('code').innerText()).trim();
		expect(first).toMatch(/\/calendrier\/[a-z2-7]{32}\.ics$/);
		await expectNoA11yViolations(page);

		const feed = await page.request.get(new URL(first).pathname);
		expect(feed.status()).toBe(200);
		expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		expect(await feed.text()).toContain('METHOD:PUBLISH');

		await section.getByRole('button', { name: 'Remplacer par un nouveau lien' }).click();
		await expect(section.locator('code')).not.toHaveText(first);
		const second = (await section.locator('code').innerText()).trim();
		expect((await page.request.get(new URL(first).pathname)).status()).toBe(404);
		expect((await page.request.get(new URL(second).pathname)).status()).toBe(200);

		await section.getByRole('button', { name: 'Révoquer le lien' }).click();
		await expect(section.getByText('Le lien est révoqué')).toBeVisible();
		expect((await page.request.get(new URL(second).pathname)).status()).toBe(404);
		await expectNoA11yViolations(page);
	});

	test('a booked appointment is in its day’s column and its time’s row on a desktop, in its day’s list on a phone', async ({
		pageAs,
		request
	}, testInfo) => {
		// A request to take, a slot to book, then the agenda: three pages and a check of axe.
		test.slow();
		const relay = ownRelay(testInfo.project.name);
		const page = await pageAs(demoAccount('admin', relay));
		const sent = await sendFamilyRequest(request, relay);
		await takeRequest(page, sent);
		const { start, end } = await bookLastSlot(page, sent);

		// The relay view: the admin sees the slot whichever animator holds it.
		await page.goto(`${AGENDA}?semaine=${parisDate(start)}&vue=relais`);
		const day = new RegExp(`^${dayPattern(start)}$`);
		const grid = main(page).getByRole('table', { name: /^Rendez-vous et créneaux libres/ });

		if (testInfo.project.name === 'desktop') {
			const appointment = grid.getByRole('link', { name: new RegExp(sent.reference) });
			// Its words say the day and time a sighted person reads from the headers.
			await expect(appointment).toHaveAccessibleName(
				new RegExp(
					`^${dayPattern(start)}, ${timePattern(start)} – ${timePattern(end)} ${sent.reference} — ${sent.parentNames} Fixé`
				)
			);
			const cell = await box(appointment.locator('xpath=ancestor::td[1]'));
			const column = await box(grid.getByRole('columnheader', { name: day }));
			const startRow = await box(
				grid.getByRole('rowheader', { name: new RegExp(`^${timePattern(start)}$`) })
			);
			expect(cell.x).toBeGreaterThanOrEqual(column.x - 1);
			expect(cell.x + cell.width).toBeLessThanOrEqual(column.x + column.width + 1);
			expect(Math.abs(cell.y - startRow.y)).toBeLessThanOrEqual(1);
			// It spans its rows down to its end: the row that starts then, or the table's end.
			const endRow = grid.getByRole('rowheader', { name: new RegExp(`^${timePattern(end)}$`) });
			const bottom =
				(await endRow.count()) > 0
					? (await box(endRow)).y
					: await grid.locator('tbody').evaluate((body) => body.getBoundingClientRect().bottom);
			expect(Math.abs(cell.y + cell.height - bottom)).toBeLessThanOrEqual(1);
			// The list is the phone's: nothing is there twice for a screen reader.
			await expect(main(page).getByRole('heading', { level: 2, name: day })).toBeHidden();
			await expectNoA11yViolations(page);

			// A keyboard reaches it and opens the request.
			await appointment.focus();
			await expect(appointment).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(`/relais/demandes/${sent.reference}`);
		} else {
			await expect(grid).toBeHidden();
			const list = main(page).getByRole('region', { name: day });
			await expect(list.getByRole('link', { name: new RegExp(sent.reference) })).toBeVisible();
			await expect(list).toContainText(new RegExp(`${timePattern(start)} – ${timePattern(end)}`));
			await expectNoA11yViolations(page);
			await expectNoHorizontalScroll(page);
		}
	});

	test('@desktop on a desktop, the week is a list on request, from week to week', async ({
		pageAs
	}, testInfo) => {
		const page = await pageAs(ownAnimator(testInfo.project.name));
		// Two weeks ahead, the demo's opening hours hold free slots.
		const noon = new Date(`${parisDate(new Date())}T12:00:00Z`);
		const daysSinceMonday = (noon.getUTCDay() + 6) % 7;
		const mondayAt = (weeks: number) =>
			new Date(noon.getTime() + (weeks * 7 - daysSinceMonday) * 86_400_000);
		const [first, second] = [mondayAt(2), mondayAt(3)];
		const mondayOf = (at: Date) => new RegExp(`^${dayPattern(at)}$`);

		await page.goto(`${AGENDA}?semaine=${parisDate(first)}`);
		const grid = main(page).getByRole('table', { name: /^Rendez-vous et créneaux libres/ });
		const monday = main(page).getByRole('region', { name: mondayOf(first) });
		await expect(grid).toBeVisible();
		await expect(monday).toBeHidden();

		const displays = main(page).getByRole('navigation', { name: 'Affichage' });
		await displays.getByRole('link', { name: 'Semaine en liste' }).click();
		await expect(page).toHaveURL(`${AGENDA}?semaine=${parisDate(first)}&affichage=liste`);
		await expect(monday).toBeVisible();
		await expect(main(page).getByText('Créneau libre').first()).toBeVisible();
		await expect(grid).toHaveCount(0);
		await expectNoA11yViolations(page);

		await main(page).getByRole('link', { name: 'Semaine suivante' }).click();
		await expect(page).toHaveURL(`${AGENDA}?semaine=${parisDate(second)}&affichage=liste`);
		await expect(main(page).getByRole('region', { name: mondayOf(second) })).toBeVisible();
		await displays.getByRole('link', { name: 'Semaine en grille' }).click();
		await expect(page).toHaveURL(`${AGENDA}?semaine=${parisDate(second)}`);
		await expect(grid).toBeVisible();
	});
});
