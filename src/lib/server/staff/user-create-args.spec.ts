import { describe, expect, it } from 'vitest';
import { parseUserCreateArgs } from './user-create-args';

const person = ['--email', 'Claire.Dupont@Exemple.fr', '--name', 'Claire Dupont'];
const parse = (...argv: string[]) => parseUserCreateArgs([...person, ...argv]);
const errorsOf = (...argv: string[]) => {
	const parsed = parse(...argv);
	if (parsed.ok !== false) throw new Error(`accepted: ${JSON.stringify(parsed)}`);
	return parsed.errors.join('\n');
};

describe('npm run user:create: its arguments', () => {
	it('takes a coordinator with no relay nor EPCI', () => {
		expect(parse('--role', 'coordinator')).toEqual({
			ok: true,
			args: {
				email: 'claire.dupont@exemple.fr',
				name: 'Claire Dupont',
				role: 'coordinator',
				relay: null,
				epci: null,
				printLink: false
			}
		});
	});

	it('refuses a coordinator given a relay or an EPCI: the whole deployment is theirs', () => {
		expect(errorsOf('--role', 'coordinator', '--relay', 'rennes')).toMatch(
			/^--relay : La coordination couvre tout le déploiement/
		);
		expect(errorsOf('--role', 'coordinator', '--epci', '243500139')).toMatch(
			/^--epci : La coordination couvre tout le déploiement/
		);
	});

	it('takes an official of a relay, of an EPCI or of the whole deployment, never two at once', () => {
		const scope = (...argv: string[]) => {
			const parsed = parse('--role', 'official', ...argv);
			return parsed.ok === true ? [parsed.args.relay, parsed.args.epci] : parsed;
		};
		expect(scope('--relay', 'rennes')).toEqual(['rennes', null]);
		expect(scope('--epci', '243500139')).toEqual([null, '243500139']);
		expect(scope()).toEqual([null, null]);
		expect(errorsOf('--role', 'official', '--relay', 'rennes', '--epci', '243500139')).toMatch(
			/indiquez --relay ou --epci, pas les deux/
		);
		expect(errorsOf('--role', 'official', '--epci', 'Rennes Métropole')).toMatch(
			/^--epci : .*SIREN.*9 chiffres/
		);
	});

	it('asks a relay of an admin or animator, and refuses them an EPCI', () => {
		for (const role of ['admin', 'animator']) {
			expect(errorsOf('--role', role)).toMatch(/^--relay : .*indiquez --relay <slug du relais>/);
			expect(errorsOf('--role', role, '--relay', 'rennes', '--epci', '243500139')).toMatch(
				/^--epci : Seul un élu/
			);
			const parsed = parse('--role', role, '--relay', 'rennes', '--print-link');
			expect(
				parsed.ok === true && [parsed.args.role, parsed.args.relay, parsed.args.printLink]
			).toEqual([role, 'rennes', true]);
		}
		// Without --role: an admin, as before the coordinator existed.
		const parsed = parse('--relay', 'rennes');
		expect(parsed.ok === true && parsed.args.role).toBe('admin');
	});

	it('names what is wrong in French: an unknown role, a missing email, an unknown option', () => {
		expect(errorsOf('--role', 'maire', '--relay', 'rennes')).toMatch(
			/^--role : Indiquez --role admin, animator, official, coordinator\.$/
		);
		const noEmail = parseUserCreateArgs(['--role', 'coordinator']);
		expect(noEmail.ok === false && noEmail.errors).toContainEqual(
			expect.stringMatching(/^--email : /)
		);
		expect(errorsOf('--role', 'coordinator', '--territoire', '35')).toMatch(
			/^Arguments non reconnus .*--territoire.*Voir --help\.$/
		);
		expect(parseUserCreateArgs(['--help'])).toEqual({ ok: 'help' });
	});
});
