import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * The requests `server/seed-language-families.ts` seeds for the language scan
 * (family-languages-text.spec.ts): one whose appointment is booked ten days after the run
 * starts, one whose appointment was held 31 days before (the housekeeping at start mails it
 * the 30-day follow-up, and its answer page asks). The scan only reads them and posts forms
 * that are refused, so one pair serves every project and retry. Their tracking tokens are
 * fixed, as the demo's are: the test process cannot read the server's database.
 */
export const languageFamilies = {
	booked: {
		email: 'langues-rendez-vous@exemple.test',
		idempotencyKey: '00000000-0000-4000-8000-00000001a000'
	},
	followUp: {
		email: 'langues-suivi@exemple.test',
		idempotencyKey: '00000000-0000-4000-8000-00000001a001'
	}
} as const;

export type LanguageFamily = keyof typeof languageFamilies;

/** The tracking token the seed gives the family's request. */
export function languageFamilyToken(family: LanguageFamily): string {
	const digest = createHash('sha256').update(`guichet-e2e-language-family:${family}`).digest();
	return encodeBase32LowerCaseNoPadding(new Uint8Array(digest.subarray(0, 20)));
}
