// npm run user:create -- --email … --name … --role admin --relay <slug>
// Makes an account on a production database (the first admin, typically) and sends the
// link to choose its password through the outbox; the server's sender delivers it. With
// --print-link the link is also printed, for a first admin when mail is not set up yet.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { connectDatabase } from '../src/lib/server/db/connect';
import { config } from '../src/lib/server/config';
import { relays, staffUsers } from '../src/lib/server/db/schema';
import { staffMemberSchema } from '../src/lib/forms/staff-member';
import { createAccount } from '../src/lib/server/staff/create-account';

const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string', default: 'admin' },
		relay: { type: 'string' },
		'print-link': { type: 'boolean', default: false }
	}
});

const input = staffMemberSchema
	.extend({ relay: z.string().min(1, 'Indiquez --relay <slug du relais>.') })
	.safeParse({
		email: values.email ?? '',
		name: values.name ?? values.email ?? '',
		role: values.role,
		relay: values.relay ?? ''
	});
if (!input.success) {
	for (const issue of input.error.issues)
		console.error(`--${issue.path.join('.')} : ${issue.message}`);
	process.exit(2);
}

const handle = await connectDatabase({
	url: config.databaseUrl,
	dataDir: config.pgliteDataDir,
	poolSize: 1
});
try {
	await handle.migrate();
	const relay = await handle.db.query.relays.findFirst({
		where: eq(relays.slug, input.data.relay)
	});
	if (!relay) {
		const known = await handle.db.select({ slug: relays.slug }).from(relays);
		console.error(
			`Relais inconnu : ${input.data.relay}. Relais existants : ${known.map((r) => r.slug).join(', ') || 'aucun'}.`
		);
		process.exitCode = 2;
	} else {
		const existing = await handle.db.query.staffUsers.findFirst({
			where: eq(staffUsers.email, input.data.email)
		});
		if (existing) {
			console.error(`Un compte existe déjà pour ${input.data.email}.`);
			process.exitCode = 2;
		} else {
			const { link } = await createAccount(handle.db, {
				actor: { kind: 'system' },
				relayId: relay.id,
				...input.data
			});
			console.log(
				`Compte créé : ${input.data.email} (${input.data.role}, ${relay.name}). Le lien pour choisir le mot de passe est dans la file des courriels.`
			);
			if (values['print-link']) console.log(link);
		}
	}
} finally {
	await handle.close();
}
