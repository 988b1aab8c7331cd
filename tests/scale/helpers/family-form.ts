import { addMonths, addYears } from '../../../src/lib/time/calendar-date';
import { todayInParis } from '../../../src/lib/time/paris';
import { postAction, type ActionOutcome, type Poster } from './form-action';

/**
 * A family filling the public request form step by step over HTTP, as the pages post it
 * (src/routes/(public)/demande): a draft, then one post per step. The draft's id is the
 * form's idempotency key: sending its last step twice stores one request
 * (requests/submit-request.ts).
 */

export interface Family {
	n: number;
	parentNames: string;
	email: string;
	from: Poster;
}

export const familyOf = (n: number, from: Poster): Family => ({
	n,
	parentNames: `Famille Charge ${String(n).padStart(4, '0')}`,
	email: `charge-${String(n).padStart(4, '0')}@exemple.test`,
	from
});

/** Fills every step but the last; returns the draft id, or why a step failed. */
export async function fillForm(
	family: Family,
	commune: { name: string; inseeCode: string }
): Promise<{ draftId: string } | { failed: string; outcome: ActionOutcome }> {
	const started = await postAction(family.from, '/demande', {});
	const draftId = /^\/demande\/([0-9a-f-]{36})\//.exec(started.location)?.[1];
	if (started.type !== 'redirect' || !draftId) return { failed: 'draft', outcome: started };
	const today = todayInParis();
	const steps: [string, Record<string, string | string[]>][] = [
		[
			'coordonnees',
			{
				parentNames: family.parentNames,
				email: family.email,
				phone: `06${String(10_000_000 + family.n).slice(-8)}`,
				appointmentMode: 'relay',
				contactTimes: 'le soir',
				homeLanguage: ''
			}
		],
		['commune', { residence: commune.name, residenceInsee: commune.inseeCode, work: '' }],
		[
			'enfants',
			{
				childCount: '1',
				child1_status: 'born',
				child1_date: addYears(today, -1),
				child1_support: 'no'
			}
		],
		[
			'besoin',
			{
				desiredStart: addMonths(today, 3),
				regularity: 'regular',
				careKinds: ['childminder_home', 'creche'],
				mon_start: '08:30',
				mon_end: '17:30',
				thu_start: '08:30',
				thu_end: '17:30'
			}
		]
	];
	for (const [slug, fields] of steps) {
		const outcome = await postAction(family.from, `/demande/${draftId}/${slug}`, fields);
		if (outcome.type !== 'redirect') return { failed: slug, outcome };
	}
	return { draftId };
}

/** The last step's button: consent given, the honeypot left empty. */
export const sendForm = (from: Poster, draftId: string) =>
	postAction(from, `/demande/${draftId}/envoi`, { comment: '', consent: 'on', website: '' });
