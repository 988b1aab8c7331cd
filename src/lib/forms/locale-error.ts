import type { core } from 'zod';
import type { validation } from '$lib/i18n/fr/validation';

/** The messages zod's own issues are worded with: `t.validation` of a catalogue. */
export type ValidationMessages = typeof validation;

const sizes = (origin: string) =>
	origin === 'string' ? 'text' : origin === 'array' || origin === 'set' ? 'list' : 'number';

/**
 * zod's issues worded for a person, in the language of `v`: a hidden field someone tampered
 * with, an option the page does not offer. A field's own message (`{ error: … }`,
 * `.min(1, …)`) always wins. Staff forms get the French one from the global configuration
 * (zod.ts); a family form passes its page's one with each parse (`{ error }`), so that one
 * server answers every family in its language.
 */
export function localeErrorFor(v: ValidationMessages): core.$ZodErrorMap {
	return (issue) => {
		switch (issue.code) {
			case 'invalid_type':
				return issue.input === undefined || issue.input === null || issue.input === ''
					? v.required
					: issue.expected === 'int'
						? v.wholeNumber
						: v.invalid;
			case 'invalid_value':
				return v.choice;
			case 'too_big': {
				const max = Number(issue.maximum);
				const size = sizes(issue.origin);
				return size === 'text' ? v.tooLong(max) : size === 'list' ? v.tooMany(max) : v.tooBig(max);
			}
			case 'too_small': {
				const min = Number(issue.minimum);
				const size = sizes(issue.origin);
				if (size === 'text') return min <= 1 ? v.required : v.tooShort(min);
				return size === 'list' ? v.tooFew(min) : v.tooSmall(min);
			}
			case 'invalid_format':
				return issue.format === 'email'
					? v.email
					: issue.format === 'date' || issue.format === 'datetime'
						? v.date
						: v.invalid;
			case 'not_multiple_of':
				return v.wholeNumber;
			default:
				return v.invalid;
		}
	};
}
