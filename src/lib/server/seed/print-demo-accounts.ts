import { m } from '$lib/i18n';
import type { StaffRole } from '../db/schema';
import type { DemoAccount } from './seed-demo-data';

/**
 * Printed for a person at the console (first start, `npm run db:seed`), not a log line: the
 * accounts under the territory each works for, in the order of the seed (the deployment
 * first, then the EPCI, then each relay).
 */
export function printDemoAccounts(accounts: DemoAccount[]) {
	const byTerritory = new Map<string, DemoAccount[]>();
	for (const account of accounts) {
		byTerritory.set(account.territory, [...(byTerritory.get(account.territory) ?? []), account]);
	}
	const roleWidth = Math.max(...accounts.map((a) => roleLabel(a.role).length));
	const emailWidth = Math.max(...accounts.map((a) => a.email.length));
	const blocks = [...byTerritory].map(
		([territory, members]) =>
			`  ${territory}\n${members
				.map(
					(a) =>
						`    ${roleLabel(a.role).padEnd(roleWidth)}  ${a.email.padEnd(emailWidth)}  ${a.password}`
				)
				.join('\n')}`
	);
	console.log(
		`\nComptes de démonstration (rôle, adresse, mot de passe), par territoire :\n\n${blocks.join('\n\n')}\n`
	);
}

function roleLabel(role: string): string {
	return role in m.staffCommon.roles ? m.staffCommon.roles[role as StaffRole] : role;
}
