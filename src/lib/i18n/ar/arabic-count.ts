import { pluralCategory } from '$lib/format/plural-category';

/**
 * A number with its noun, in Arabic: the noun's form depends on the number (one, two, 3 to
 * 10, 11 to 99, hundreds…), as its plural category tells.
 */
export interface ArabicCountForms {
	/** 1, said without the digit: "يوم واحد". */
	one: string;
	/** 2, the dual, said without the digit: "يومين". */
	two: string;
	/** 3 to 10 (and 103…): plural, "7 أيام". */
	few: (n: number) => string;
	/** 11 to 99 (and 111…): singular accusative, "15 يومًا". */
	many: (n: number) => string;
	/** 0, 100, 200…: singular, "200 يوم". */
	other: (n: number) => string;
}

export function arabicCount(n: number, forms: ArabicCountForms): string {
	switch (pluralCategory('ar', n)) {
		case 'one':
			return forms.one;
		case 'two':
			return forms.two;
		case 'few':
			return forms.few(n);
		case 'many':
			return forms.many(n);
		default:
			return forms.other(n);
	}
}

/** The letters of a text: "200 حرف", "15 حرفًا", "5 أحرف". */
export const letters = (n: number) =>
	arabicCount(n, {
		one: 'حرف واحد',
		two: 'حرفان',
		few: (k) => `${k} أحرف`,
		many: (k) => `${k} حرفًا`,
		other: (k) => `${k} حرف`
	});

/** Choices in a list: "5 اختيارات", "12 اختيارًا". */
export const choices = (n: number) =>
	arabicCount(n, {
		one: 'اختيار واحد',
		two: 'اختياران',
		few: (k) => `${k} اختيارات`,
		many: (k) => `${k} اختيارًا`,
		other: (k) => `${k} اختيار`
	});

/** Days: "7 أيام", "15 يومًا". */
export const days = (n: number) =>
	arabicCount(n, {
		one: 'يوم واحد',
		two: 'يومين',
		few: (k) => `${k} أيام`,
		many: (k) => `${k} يومًا`,
		other: (k) => `${k} يوم`
	});
