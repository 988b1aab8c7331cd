import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import type { StaffRole } from './accounts';
import { expectNoA11yViolations } from './a11y';
import { linkIn, waitForMailTo } from './outbox';
import { SIGN_IN_PATH, expectPath } from './sign-in';

export const roleLabels: Record<StaffRole, string> = {
	admin: 'Administrateur du relais',
	animator: 'Animatrice ou animateur',
	official: 'Élu du territoire'
};

export interface NewStaffAccount {
	name: string;
	email: string;
	password: string;
	role: StaffRole;
}

/** A person nobody else in the run uses: a fresh name, email and password. */
export function newStaffAccount(role: StaffRole): NewStaffAccount {
	const id = randomUUID().slice(0, 8);
	return {
		name: `Camille Essai ${id}`,
		email: `essai-${id}@rpe-demo.test`,
		password: `Essai-${id}-Verrou-Long`,
		role
	};
}

/** The admin adds the person on the team page; the person gets a mail with a link. */
export async function addTeamMember(adminPage: Page, member: NewStaffAccount): Promise<void> {
	await adminPage.goto('/relais/equipe');
	const main = adminPage.getByRole('main');
	await main.getByLabel(/^Nom et prénom/).fill(member.name);
	await main.getByLabel(/^Adresse électronique professionnelle/).fill(member.email);
	await main.getByRole('group', { name: /^Rôle/ }).getByLabel(roleLabels[member.role]).check();
	await main.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
	await expect(main.getByText(/Le compte est créé/)).toBeVisible();
	await expect(main.getByRole('row').filter({ hasText: member.email })).toBeVisible();
	await expectNoA11yViolations(adminPage);
}

/** The person opens the mailed link and chooses the password; lands on the sign-in page. */
export async function choosePasswordFromMail(page: Page, member: NewStaffAccount): Promise<void> {
	const mail = await waitForMailTo(member.email);
	const link = linkIn(mail, '/compte/mot-de-passe/');
	// The link must lead back to this portal, not to a default host.
	expect(link.origin).toBe(new URL(test.info().project.use.baseURL ?? '').origin);
	await page.goto(link.href);
	await expectNoA11yViolations(page);
	const main = page.getByRole('main');
	await main.getByLabel(/^Nouveau mot de passe/).fill(member.password);
	await main.getByLabel(/^Confirmez le mot de passe/).fill(member.password);
	await main.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
	await expectPath(page, SIGN_IN_PATH);
	await expect(page.getByText('Votre mot de passe est enregistré.')).toBeVisible();
	await expectNoA11yViolations(page);
}
