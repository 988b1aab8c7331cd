/**
 * The ages a care structure welcomes, worded for a family ("de 2 mois à 3 ans", "dès 3 ans"),
 * from its ages in months (null: not bounded on that side). Both null: nothing to say ("").
 */
export function ageInWords(months: number): string {
	if (months === 0) return 'la naissance';
	if (months % 12 === 0) return months === 12 ? '1 an' : `${months / 12} ans`;
	if (months > 24 && months % 12 === 6) return `${(months - 6) / 12} ans et demi`;
	return `${months} mois`;
}

export function structureAgesInWords(min: number | null, max: number | null): string {
	const from = min === null ? null : Math.max(0, min);
	if (max === null) return from === null ? '' : `dès ${ageInWords(from)}`;
	return `de ${ageInWords(from ?? 0)} à ${ageInWords(max)}`;
}
