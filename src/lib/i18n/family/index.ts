import type { Locale } from '../locales';
import { ar } from '../ar';
import { en } from '../en';
import { familyFr } from './fr';

/** The shape every family catalogue has: the French one's, key for key. */
export type FamilyMessages = typeof familyFr;

const catalogues: Record<Locale, FamilyMessages> = { fr: familyFr, en, ar };

/**
 * The family catalogue of a language. Chosen per request (`locals.t` on the server,
 * `pageMessages()` in a component, the request's stored locale for mails and invitations),
 * never held in a module-level constant by family code.
 */
export const familyMessagesOf = (locale: Locale): FamilyMessages => catalogues[locale];
