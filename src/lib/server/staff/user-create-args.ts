import { parseArgs } from 'node:util';
import { z } from '$lib/forms/zod';
import { staffRoles, type StaffRole } from '$lib/staff-roles';
import { staffMemberSchema } from '$lib/forms/staff-member';

/** What `npm run user:create` was asked: who, with which role, and where they belong. */
export interface UserCreateArgs {
	email: string;
	name: string;
	role: StaffRole;
	/** A relay's slug: admins, animators, an official of one relay. */
	relay: string | null;
	/** An EPCI's SIREN: an official of one intercommunality. */
	epci: string | null;
	printLink: boolean;
}

export type ParsedUserCreateArgs =
	{ ok: true; args: UserCreateArgs } | { ok: false; errors: string[] } | { ok: 'help' };

export const userCreateUsage = `Crée un compte et met en file le courriel du lien pour choisir son mot de passe.

  npm run user:create -- --email <adresse> --name "<Prénom Nom>" --role <rôle> [territoire] [--print-link]

Rôles et territoire :
  --role coordinator                        la coordination : tout le déploiement (ni --relay ni --epci)
  --role admin|animator --relay <slug>      l’équipe d’un relais
  --role official --relay <slug>            un élu d’un relais
  --role official --epci <SIREN>            un élu d’une intercommunalité (EPCI)
  --role official                           un élu de tout le déploiement

--print-link affiche aussi le lien (un premier compte, quand le courriel n’est pas encore réglé).`;

const roleSchema = z.enum(staffRoles, {
	error: `Indiquez --role ${staffRoles.join(', ')}.`
});

const argsSchema = staffMemberSchema
	.pick({ name: true, email: true })
	.extend({
		role: roleSchema,
		relay: z.string().trim().min(1, 'Indiquez le slug du relais après --relay.').nullable(),
		epci: z
			.string()
			.trim()
			.regex(/^[0-9]{9}$/, 'Indiquez après --epci le numéro SIREN de l’EPCI (9 chiffres).')
			.nullable()
	})
	.superRefine((value, context) => {
		const problem = scopeProblem(value);
		if (problem)
			context.addIssue({ code: 'custom', path: [problem.option], message: problem.message });
	});

/** What the role allows: the same rule as the database's `staff_users_scope` check. */
function scopeProblem(value: {
	role: StaffRole;
	relay: string | null;
	epci: string | null;
}): { option: 'relay' | 'epci'; message: string } | null {
	switch (value.role) {
		case 'admin':
		case 'animator':
			if (value.epci !== null)
				return { option: 'epci', message: 'Seul un élu (--role official) se rattache à un EPCI.' };
			if (value.relay === null)
				return {
					option: 'relay',
					message: `Un compte ${value.role} travaille dans un relais : indiquez --relay <slug du relais>.`
				};
			return null;
		case 'coordinator':
			if (value.relay !== null || value.epci !== null)
				return {
					option: value.relay !== null ? 'relay' : 'epci',
					message: 'La coordination couvre tout le déploiement : n’indiquez ni --relay ni --epci.'
				};
			return null;
		case 'official':
			if (value.relay !== null && value.epci !== null)
				return {
					option: 'epci',
					message:
						'Un élu est rattaché à un relais, à un EPCI ou à tout le déploiement : indiquez --relay ou --epci, pas les deux.'
				};
			return null;
	}
}

/** Reads the command line (the arguments after `--`); French messages, one per problem. */
export function parseUserCreateArgs(argv: readonly string[]): ParsedUserCreateArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				email: { type: 'string' },
				name: { type: 'string' },
				role: { type: 'string', default: 'admin' },
				relay: { type: 'string' },
				epci: { type: 'string' },
				'print-link': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, errors: [`Arguments non reconnus (${detail}). Voir --help.`] };
	}
	if (values.help) return { ok: 'help' };
	const parsed = argsSchema.safeParse({
		email: values.email ?? '',
		name: values.name ?? values.email ?? '',
		role: values.role,
		relay: values.relay ?? null,
		epci: values.epci ?? null
	});
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.error.issues.map((issue) => `--${issue.path.join('.')} : ${issue.message}`)
		};
	}
	return { ok: true, args: { ...parsed.data, printLink: values['print-link'] } };
}
