/**
 * A count and its noun in Arabic, whose noun agrees with the number: one and two have words
 * of their own ("شهر واحد", "شهران"), 3 to 10 take the plural ("3 أشهر"), 11 to 99 the
 * singular in the accusative ("11 شهرًا"), 100 and more the plain singular ("100 شهر").
 * Digits are Western, as everywhere in the Arabic catalogue.
 */
export interface ArabicNounForms {
	one: string;
	two: string;
	few: string;
	many: string;
	/** 100 and more; the singular of `many` without its ending when not given. */
	other?: string;
}

/** The plural category of a whole number, as CLDR's Arabic rules give it. */
function categoryOf(n: number): 'one' | 'two' | 'few' | 'many' | 'other' {
	const rest = n % 100;
	if (n === 1) return 'one';
	if (n === 2) return 'two';
	if (rest >= 3 && rest <= 10) return 'few';
	if (rest >= 11 && rest <= 99) return 'many';
	return 'other';
}

export function arabicCount(n: number, forms: ArabicNounForms): string {
	switch (categoryOf(n)) {
		case 'one':
			return forms.one;
		case 'two':
			return forms.two;
		case 'few':
			return `${n} ${forms.few}`;
		case 'many':
			return `${n} ${forms.many}`;
		default:
			return `${n} ${forms.other ?? forms.many.replace(/ًا$/, '')}`;
	}
}
