/**
 * French plurals for counters: the singular for 0 and 1 ("0 demande ouverte", "1 non
 * attribuée"), the plural from 2 on ("2 non attribuées"). Every counter a person reads goes
 * through it, so that none says "1 non attribuées" again.
 */
export const plural = (n: number, one: string, many: string): string =>
	Math.abs(n) < 2 ? one : many;

/** The count and its words: `counted(3, 'jour', 'jours')` is "3 jours". */
export const counted = (n: number, one: string, many: string): string =>
	`${n} ${plural(n, one, many)}`;
