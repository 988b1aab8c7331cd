import type { DemoAccount } from './seed-demo-data';

/** Printed for a person at the console (first start, `npm run db:seed`), not a log line. */
export function printDemoAccounts(accounts: DemoAccount[]) {
	const lines = accounts.map(
		(a) => `  ${a.role.padEnd(9)} ${a.relay.padEnd(38)} ${a.email.padEnd(32)} ${a.password}`
	);
	console.log(
		`\nComptes de démonstration (rôle, relais, adresse, mot de passe) :\n${lines.join('\n')}\n`
	);
}
