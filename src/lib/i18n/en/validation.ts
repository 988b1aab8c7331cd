import type { validation as fr } from '../fr/validation';

/**
 * The messages of a form field that has no message of its own, in English: what a person
 * reads when a value arrives that the page never offers (a hidden field changed, an option
 * removed). Fields a person fills carry their own messages.
 */
export const validation: typeof fr = {
	required: 'This field is required.',
	invalid: 'This value is not valid: reload the page and try again.',
	choice: 'Choose one of the options offered.',
	email: 'Enter a valid email address, for example name@example.com.',
	date: 'Enter a valid date, for example 15/03/2027.',
	tooLong: (max: number) => `This text is too long: ${max} characters at most.`,
	tooShort: (min: number) => `This text is too short: ${min} characters at least.`,
	tooMany: (max: number) => `No more than ${max} ${max === 1 ? 'choice' : 'choices'}.`,
	tooFew: (min: number) => `At least ${min} ${min === 1 ? 'choice' : 'choices'}.`,
	tooBig: (max: number) => `Enter a number up to ${max}.`,
	tooSmall: (min: number) => `Enter a number from ${min}.`,
	wholeNumber: 'Enter a whole number.'
};
