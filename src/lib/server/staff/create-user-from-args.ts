import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/types';
import { epcis, relays, staffUsers } from '../db/schema';
import { config } from '../config';
import { createAccount } from './create-account';
import type { UserCreateArgs } from './user-create-args';

export type UserCreateOutcome =
	{ ok: true; userId: string; message: string; link: string } | { ok: false; error: string };

/**
 * `npm run user:create` once its arguments are read: finds the relay or EPCI named, refuses
 * an email already taken, then creates the account (audited as done by the system) with the
 * mail of its password link. Messages in French, for the person at the console.
 */
export async function createUserFromArgs(
	db: Database,
	args: UserCreateArgs
): Promise<UserCreateOutcome> {
	let relay: { id: string; name: string } | null = null;
	if (args.relay !== null) {
		relay = (await db.query.relays.findFirst({ where: eq(relays.slug, args.relay) })) ?? null;
		if (!relay) {
			const known = await db.select({ slug: relays.slug }).from(relays).orderBy(asc(relays.slug));
			return {
				ok: false,
				error: `Relais inconnu : ${args.relay}. Relais existants : ${known.map((r) => r.slug).join(', ') || 'aucun (la coordination les crée dans le portail)'}.`
			};
		}
	}
	let epci: { code: string; name: string } | null = null;
	if (args.epci !== null) {
		epci = (await db.query.epcis.findFirst({ where: eq(epcis.code, args.epci) })) ?? null;
		if (!epci) {
			return {
				ok: false,
				error: `EPCI inconnu : ${args.epci}. Les EPCI connus sont ceux du référentiel chargé pour les départements ${config.departements.join(', ')} (npm run territory:load).`
			};
		}
	}
	const existing = await db.query.staffUsers.findFirst({
		where: eq(staffUsers.email, args.email)
	});
	if (existing) return { ok: false, error: `Un compte existe déjà pour ${args.email}.` };

	const { userId, link } = await createAccount(db, {
		actor: { kind: 'system' },
		relayId: relay?.id ?? null,
		epciCode: epci?.code ?? null,
		name: args.name,
		email: args.email,
		role: args.role
	});
	const territory = relay?.name ?? epci?.name ?? config.deploymentName;
	return {
		ok: true,
		userId,
		link,
		message: `Compte créé : ${args.email} (${args.role}, ${territory}). Le lien pour choisir le mot de passe est dans la file des courriels.`
	};
}
