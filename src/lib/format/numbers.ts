const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** `12 345` (thousands grouped the French way, with a narrow no-break space). */
export const formatInteger = (value: number): string => integers.format(value);

/** A coordinate as a French person types it back: `48,1147` (decimal comma, no grouping). */
export const formatCoordinate = (value: number): string =>
	String(Math.round(value * 1e6) / 1e6).replace('.', ',');
