/**
 * Numbers as a French reader writes them: thousands grouped by a narrow no-break space
 * (`12 345`), a share as a whole percentage (`83 %`), a coordinate with a decimal comma.
 */
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

export const formatCount = (value: number): string => integer.format(value);

/** `part` of `whole` as a percentage; null when there is no whole to take a share of. */
export const formatShare = (part: number, whole: number): string | null =>
	whole > 0 ? percent.format(part / whole) : null;

/** A coordinate as a French person types it back: `48,1147` (decimal comma, no grouping). */
export const formatCoordinate = (value: number): string =>
	String(Math.round(value * 1e6) / 1e6).replace('.', ',');

const distance = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
/** A distance in km with at most one decimal: `12,4 km`. */
export const formatKm = (km: number): string => `${distance.format(km)} km`;

/** A share already taken (0–1) as a whole percentage: `0.42` → `42 %`. */
export const formatPercent = (share: number): string => percent.format(share);

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
/** A statistic with at most one decimal, comma and grouping as in French: `3,5`, `1 234`. */
export const formatDecimal = (value: number): string => decimal.format(value);
