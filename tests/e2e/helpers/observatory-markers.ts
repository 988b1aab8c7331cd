/**
 * The marked families of the observatory's privacy test: `server/seed-observatory-markers.ts`
 * writes their requests (every personal field a marker) before the server starts;
 * `observatory-privacy.spec.ts` reads every observatory page and file and finds none.
 */
export const MARKED_FAMILIES = Array.from({ length: 6 }, (_, i) => {
	const tag = `MRKE2E${String(i + 1).padStart(2, '0')}`;
	return {
		tag,
		idempotencyKey: `6d1f0e2a-5b7c-4e3d-9a8b-0000000000${String(i + 10)}`,
		parentNames: `${tag}-nom-des-parents`,
		email: `${tag.toLowerCase()}-courriel@exemple.test`,
		phone: `06390077${String(i + 10).slice(-2)}`,
		contactTimes: `${tag}-horaires-de-contact`,
		homeLanguage: `${tag}-langue`,
		comment: `${tag}-commentaire-famille`,
		/** Received 20 + 30·i days before the server starts. */
		daysAgo: 20 + 30 * i
	};
});

/** The texts no observatory page or file may hold (the tag finds every one). */
export const markerTexts: string[] = MARKED_FAMILIES.flatMap((f) => [
	f.parentNames,
	f.email,
	f.phone,
	f.contactTimes,
	f.homeLanguage,
	f.comment
]);
