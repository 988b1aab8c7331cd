import { monthsBetween } from '$lib/time/calendar-date';

/**
 * A child's age at the desired start, in the observatory's bands (DOMAIN: <6 months, 6–11,
 * 12–23, 24–35, 3+). Stored with each child so that it outlives the birth date.
 */
export const ageBands = ['under_6m', 'm6_11', 'm12_23', 'm24_35', 'y3_plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The band of a child aged `months` whole months at the desired start (negative: unborn). */
export function ageBandOf(months: number): AgeBand {
	if (months < 6) return 'under_6m';
	if (months < 12) return 'm6_11';
	if (months < 24) return 'm12_23';
	if (months < 36) return 'm24_35';
	return 'y3_plus';
}

/** The band of a child (born or expected) at the request's desired start. */
export const childAgeBandAt = (
	child: { birthDate: string | null; expectedBirthDate: string | null },
	desiredStart: string
): AgeBand => {
	const born = child.birthDate ?? child.expectedBirthDate;
	return born === null ? 'under_6m' : ageBandOf(monthsBetween(born, desiredStart));
};
