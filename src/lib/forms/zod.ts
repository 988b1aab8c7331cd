import { z } from 'zod';
import { m } from '$lib/i18n';

/**
 * zod, speaking French. Every schema imports `z` from here (a test fails on any other import),
 * so that this configuration has run before any value is parsed, in the browser and on the
 * server. A field's own message (`{ error: … }`, `.min(1, …)`) always wins; this map words
 * the rest: a hidden field someone tampered with, an option the page does not offer.
 */
const v = m.validation;

const sizes = (origin: string) =>
	origin === 'string' ? 'text' : origin === 'array' || origin === 'set' ? 'list' : 'number';

z.config({
	localeError: (issue) => {
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
	}
});

export { z };
