import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * The requests `server/seed-language-families.ts` seeds for the language scan
 * (family-languages-text.spec.ts), in each language scanned: one whose appointment is booked
 * ten days after the run starts, one whose appointment was held 31 days before (the
 * housekeeping at start mails it the 30-day follow-up, and its answer page asks). Each is in
 * its language from the start, so the mails its data page lists are too. The scan only reads
 * them and posts forms that are refused, so one pair per language serves every project and
 * retry. Their tracking tokens are fixed, as the demo's are: the test process cannot read the
 * server's database.
 */
export const SCANNED_LOCALES = ['en', 'ar'] as const;
export type ScannedLocale = (typeof SCANNED_LOCALES)[number];
export type LanguageFamilyKind = 'booked' | 'followUp';

export interface LanguageFamily {
	locale: ScannedLocale;
	kind: LanguageFamilyKind;
	email: string;
	idempotencyKey: string;
}

export const languageFamilies: LanguageFamily[] = SCANNED_LOCALES.flatMap((locale, l) =>
	(['booked', 'followUp'] as const).map((kind, k) => ({
		locale,
		kind,
		email: `langues-${kind.toLowerCase()}-${locale}@exemple.test`,
		idempotencyKey: `00000000-0000-4000-8000-00000001a${String(l)}${String(k).padStart(2, '0')}`
	}))
);

export function languageFamily(locale: ScannedLocale, kind: LanguageFamilyKind): LanguageFamily {
	const family = languageFamilies.find((f) => f.locale === locale && f.kind === kind);
	if (!family) throw new Error(`no ${kind} family in ${locale}`);
	return family;
}

/** The tracking token the seed gives the family's request. */
export function languageFamilyToken(family: Pick<LanguageFamily, 'locale' | 'kind'>): string {
	const digest = createHash('sha256')
		.update(`guichet-e2e-language-family:${family.locale}:${family.kind}`)
		.digest();
	return encodeBase32LowerCaseNoPadding(new Uint8Array(digest.subarray(0, 20)));
}
