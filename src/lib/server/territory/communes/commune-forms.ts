import { z } from '$lib/forms/zod';
import { isUuid } from '$lib/ids';
import { m } from '$lib/i18n';
import { INSEE_CODE } from './commune-coordinator';
import { NONE_PARAM } from './commune-query';
import type { ShownCommune } from './assign-communes';

/** The zod schema of each form of the communes pages; messages in French. */
const e = m.territoryCommunes.errors;

/** A relay's id, or `aucun` for "no relay": null. */
const relayChoice = z
	.string({ error: e.relayRequired })
	.min(1, e.relayRequired)
	.refine((value) => value === NONE_PARAM || isUuid(value), e.relayUnknown)
	.transform((value) => (value === NONE_PARAM ? null : value));

/**
 * Each ticked box sends `<INSEE code>|<the relay it had when shown>` (empty: none), so that
 * the server can refuse to overwrite a commune someone else changed meanwhile.
 */
export const shownCommuneValue = (inseeCode: string, relayId: string | null) =>
	`${inseeCode}|${relayId ?? ''}`;

const shownCommune = z.string().transform((value, ctx): ShownCommune => {
	const [inseeCode = '', relayId = '', ...rest] = value.split('|');
	if (rest.length > 0 || !INSEE_CODE.test(inseeCode) || (relayId !== '' && !isUuid(relayId))) {
		ctx.addIssue({ code: 'custom', message: e.communesInvalid });
		return z.NEVER;
	}
	return { inseeCode, expectedRelayId: relayId || null };
});

export const assignForm = z.object({
	relay: relayChoice,
	communes: z
		.union([z.string(), z.array(z.string())], { error: e.communesRequired })
		.transform((value) => (Array.isArray(value) ? value : [value]))
		.pipe(z.array(shownCommune).min(1, e.communesRequired).max(400, e.communesInvalid))
});

/** Its relay select is `epciRelay`: the page's other form already has a `relay`. */
export const epciAssignForm = z.object({
	epci: z.string({ error: e.epciRequired }).regex(/^[0-9]{9}$/, e.epciRequired),
	epciRelay: z.string({ error: e.epciRelayRequired }).refine(isUuid, e.epciRelayRequired)
});

/** The commune page's relay form: the relay shown travels along, as in the list. */
export const communeRelayForm = z.object({
	relay: relayChoice,
	expected: z
		.string()
		.optional()
		.default('')
		.refine((value) => value === '' || isUuid(value), e.communesInvalid)
		.transform((value) => value || null)
});

export const transferForm = z.object({
	from: z.string({ error: e.relayUnknown }).refine(isUuid, e.relayUnknown)
});

/** Degrees as a French person types them: `48,1147`, `-1.68`, spaces around ignored. */
const degrees = (required: string, invalid: string, limit: number) =>
	z
		.string({ error: required })
		.trim()
		.min(1, required)
		.regex(/^[+-]?\d{1,3}([.,]\d{1,12})?$/, invalid)
		.transform((value) => Number(value.replace(',', '.')))
		.refine((value) => Math.abs(value) <= limit, invalid);

export const centroidForm = z.object({
	latitude: degrees(e.latitudeRequired, e.latitudeInvalid, 90),
	longitude: degrees(e.longitudeRequired, e.longitudeInvalid, 180)
});
