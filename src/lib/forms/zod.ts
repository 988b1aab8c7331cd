import { z } from 'zod';
import { m } from '$lib/i18n';
import { localeErrorFor } from './locale-error';

/**
 * zod, speaking French. Every schema imports `z` from here (a test fails on any other import),
 * so that this configuration has run before any value is parsed, in the browser and on the
 * server. A field's own message (`{ error: … }`, `.min(1, …)`) always wins; this map words
 * the rest: a hidden field someone tampered with, an option the page does not offer.
 *
 * French is the staff pages' language. A family form parses with its page's language instead
 * (`{ error: localeErrorFor(t.validation) }`, see childcare-request.ts), which outranks this.
 */
z.config({ localeError: localeErrorFor(m.validation) });

export { z };
