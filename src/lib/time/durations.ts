/**
 * Lengths of time in milliseconds. `DAY_MS` is 24 hours, not a calendar day: a Paris day is
 * 23 or 25 hours long on a clock change, so calendar arithmetic goes through
 * `calendar-date.ts` (`addDays`) and `paris.ts` (`parisToUtc`), never `+ DAY_MS`.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
