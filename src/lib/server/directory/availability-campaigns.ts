import { addDays } from '$lib/time/calendar-date';

/**
 * The availability campaigns: childminders are asked to update their availability before
 * 1 June and before 1 December. Everything here is on calendar dates (Paris), pure.
 *
 * - The reminder window of a campaign runs from 15 days before its deadline to the day before
 *   it (1 June: 17 May–31 May).
 * - A declaration (free places, none, or "nothing changed") holds until the first deadline
 *   whose reminder window has not opened yet, plus 14 days of grace: declared on 2 December,
 *   it holds until 15 June; declared on 20 May, inside the June window, it already counts for
 *   that campaign and holds until 15 December. Past that date the page and the lists show it
 *   "à confirmer". So a declaration lasts between about 5½ and 7 months, never lapses before
 *   the campaign meant to renew it, and a childminder who declares in time never reads
 *   "à confirmer".
 */
export const REMINDER_WINDOW_DAYS = 15;
export const DECLARATION_GRACE_DAYS = 14;

/** The campaign deadlines around a year: 1 June and 1 December of it and of the next one. */
function deadlinesFrom(year: number): string[] {
	return [`${year}-06-01`, `${year}-12-01`, `${year + 1}-06-01`, `${year + 1}-12-01`];
}

const windowOpens = (deadline: string) => addDays(deadline, -REMINDER_WINDOW_DAYS);

/** The campaign whose reminder window holds `today`, or null outside every window. */
export function campaignInWindow(today: string): string | null {
	const year = Number(today.slice(0, 4));
	return deadlinesFrom(year).find((d) => windowOpens(d) <= today && today < d) ?? null;
}

/** The first day of the reminder window of a campaign. */
export const reminderWindowStart = windowOpens;

/** Until when a declaration made on `today` holds (inclusive). */
export function declarationValidUntil(today: string): string {
	const year = Number(today.slice(0, 4));
	const next = deadlinesFrom(year).find((d) => windowOpens(d) > today);
	if (!next) throw new Error(`declarationValidUntil: no campaign after ${today}`);
	return addDays(next, DECLARATION_GRACE_DAYS);
}
