import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { DEFAULT_LOCALE, locales } from '$lib/i18n/locales';
import { addDays, parseDateInput } from '$lib/time/calendar-date';
import { fieldwise } from './fieldwise';

/** How a request entered by an animator reached the relay. */
export const staffEntryChannels = ['phone', 'desk', 'monenfant'] as const;
export type StaffEntryChannel = (typeof staffEntryChannels)[number];

/**
 * How old a request forwarded by monenfant.fr may be when it is entered: the relay works its
 * mail every week; an older date is far more likely a typo (2025 for 2026) than a real one.
 */
export const MONENFANT_MAX_AGE_DAYS = 90;

/**
 * Starting a request entered for a family. A request forwarded by monenfant.fr arrived on
 * the day the family made it there (`arrivedOn`, YYYY-MM-DD): the 7-day target counts from
 * it. `today` is Europe/Paris, so that tests can pin it. `locale` is the family's language,
 * French unless the animator says otherwise: the request's mails and tracking pages use it.
 */
export const staffEntrySchema = (options: { today: string }) =>
	fieldwise(
		{
			channel: z.enum(staffEntryChannels, { error: m.staffEntry.channelRequired }),
			locale: z.enum(locales, { error: m.staffEntry.localeInvalid }).optional()
		},
		(v, raw, addIssue) => {
			let arrivedOn: string | null = null;
			if (v.channel === 'monenfant') {
				const typed = typeof raw.arrivedOn === 'string' ? raw.arrivedOn.trim() : '';
				const date = typed === '' ? null : parseDateInput(typed);
				const e = m.staffEntry.errors;
				if (typed === '') addIssue('arrivedOn', e.arrivedOnRequired);
				else if (!date) addIssue('arrivedOn', m.request.errors.dateInvalid);
				else if (date > options.today) addIssue('arrivedOn', e.arrivedOnInFuture);
				else if (date < addDays(options.today, -MONENFANT_MAX_AGE_DAYS))
					addIssue('arrivedOn', e.arrivedOnTooOld(MONENFANT_MAX_AGE_DAYS));
				arrivedOn = date;
			}
			return { channel: v.channel ?? 'phone', arrivedOn, locale: v.locale ?? DEFAULT_LOCALE };
		}
	);
export type StaffEntry = z.infer<ReturnType<typeof staffEntrySchema>>;
