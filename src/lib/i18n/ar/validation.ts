import { formatsFor } from '$lib/format/locale-formats';
import type { validation as fr } from '../fr/validation';
import { choices, letters } from './arabic-count';

const { ltr } = formatsFor('ar');

/**
 * The messages of a form field that has no message of its own, in Arabic: what a person
 * reads when a value arrives that the page never offers (a hidden field changed, an option
 * removed). Fields a person fills carry their own messages.
 */
export const validation: typeof fr = {
	required: 'هذا الحقل مطلوب.',
	invalid: 'هذه القيمة غير صحيحة: أعيدوا تحميل الصفحة وحاولوا من جديد.',
	choice: 'اختاروا أحد الخيارات المعروضة.',
	email: `اكتبوا عنوان بريد إلكتروني صحيحًا، مثلًا ${ltr('name@example.com')}.`,
	date: `اكتبوا تاريخًا صحيحًا، مثلًا ${ltr('15/03/2027')}.`,
	tooLong: (max: number) => `هذا النص طويل جدًا: ${letters(max)} على الأكثر.`,
	tooShort: (min: number) => `هذا النص قصير جدًا: ${letters(min)} على الأقل.`,
	tooMany: (max: number) => `لا أكثر من ${choices(max)}.`,
	tooFew: (min: number) => `${choices(min)} على الأقل.`,
	tooBig: (max: number) => `اكتبوا رقمًا حتى ${max}.`,
	tooSmall: (min: number) => `اكتبوا رقمًا ابتداءً من ${min}.`,
	wholeNumber: 'اكتبوا عددًا صحيحًا (بدون فواصل).'
};
