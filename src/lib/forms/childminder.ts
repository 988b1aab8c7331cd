import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import {
	regularities,
	weekDays,
	type DaySlot,
	type WeeklySchedule
} from '$lib/childcare-request-options';
import {
	addressPublications,
	availabilityAgeBandKeys,
	childminderStatuses,
	offerFlags,
	workSettings
} from '$lib/directory/directory-options';
import { addYears, parseDateInput } from '$lib/time/calendar-date';
import { normalizePhone } from '$lib/format/phone';
import { fieldwise } from './fieldwise';

/** The childminder's own forms (her link, her free places, her offer) and the relay's correction. */
const t = m.childminder;
const e = t.errors;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const list = <T extends string>(values: readonly [T, ...T[]]) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.enum(values)).max(values.length)
	);
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export const linkRequestSchema = z.object({
	licenceNumber: z
		.string({ error: t.signIn.licenceRequired })
		.trim()
		.min(1, t.signIn.licenceRequired)
		.max(40, t.signIn.licenceRequired),
	email: z
		.string({ error: t.signIn.emailRequired })
		.trim()
		.toLowerCase()
		.min(1, t.signIn.emailRequired)
		.max(254, t.signIn.emailInvalid)
		.pipe(z.email(t.signIn.emailInvalid))
});
export type LinkRequest = z.infer<typeof linkRequestSchema>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const placeDayFieldNames = (day: (typeof weekDays)[number]) => ({
	start: `${day}_start`,
	end: `${day}_end`,
	overnight: `${day}_overnight`
});
/** How far ahead a place may be declared free. */
export const PLACE_HORIZON_YEARS = 2;

/** One free place, on the flat field names of her form. `today`: Paris, YYYY-MM-DD. */
export const freePlaceSchema = (options: { today: string }) =>
	fieldwise(
		{
			ageBand: z.enum(availabilityAgeBandKeys, { error: e.ageBandRequired }),
			availableFrom: z.preprocess(
				(v) =>
					typeof v === 'string'
						? (parseDateInput(v) ?? (v.trim() === '' ? undefined : 'invalid'))
						: undefined,
				z.string({ error: e.fromRequired }).refine((v) => v !== 'invalid', e.fromInvalid)
			),
			regularity: z.enum(regularities, { error: e.regularityRequired })
		},
		(v, raw, addIssue) => {
			if (v.availableFrom && v.availableFrom > addYears(options.today, PLACE_HORIZON_YEARS))
				addIssue('availableFrom', e.fromTooFar);
			const schedule = {} as WeeklySchedule;
			let anyDay = false;
			for (const day of weekDays) {
				const names = placeDayFieldNames(day);
				const text = (name: string) => (typeof raw[name] === 'string' ? raw[name].trim() : '');
				const start = text(names.start);
				const end = text(names.end);
				let slot: DaySlot = null;
				if (start || end) {
					if (!start) addIssue(names.start, e.timeMissingStart);
					else if (!TIME.test(start)) addIssue(names.start, e.timeInvalid);
					if (!end) addIssue(names.end, e.timeMissingEnd);
					else if (!TIME.test(end)) addIssue(names.end, e.timeInvalid);
					else if (TIME.test(start) && end <= start && raw[names.overnight] !== 'on')
						addIssue(names.end, e.endBeforeStart);
					slot = { start, end };
					anyDay = true;
				}
				schedule[day] = slot;
			}
			if (!anyDay) addIssue('mon_start', e.scheduleRequired);
			return {
				ageBand: v.ageBand ?? 'from_0_to_3y',
				// Free from a past date is free now: the place reads "from today".
				availableFrom:
					v.availableFrom && v.availableFrom > options.today ? v.availableFrom : options.today,
				regularity: v.regularity ?? 'regular',
				weeklySchedule: schedule
			};
		}
	);
export type FreePlaceInput = z.infer<ReturnType<typeof freePlaceSchema>>;

export const removePlaceSchema = z.object({ placeId: z.uuid() });

export const MAX_LANGUAGES = 10;
export const offerSchema = z.object({
	offer: list(offerFlags),
	languages: z
		.string()
		.optional()
		.default('')
		.transform((v, ctx) => {
			const names = [
				...new Set(
					v
						.split(',')
						.map((s) => s.trim().toLowerCase())
						.filter(Boolean)
				)
			];
			if (names.length > MAX_LANGUAGES || names.some((n) => n.length > 40)) {
				ctx.addIssue({ code: 'custom', message: e.languagesTooLong });
				return z.NEVER;
			}
			return names;
		})
});
export type OfferInput = z.infer<typeof offerSchema>;

export const publicationSchema = z.object({
	addressPublication: z.enum(addressPublications),
	contactsObjection: checkbox
});
export type PublicationInput = z.infer<typeof publicationSchema>;

// ---- The relay's correction of her other data -------------------------------------------
const c = t.correction.errors;
const optionalEmail = z.preprocess(
	emptyToUndefined,
	z.string().trim().toLowerCase().max(254, c.emailInvalid).pipe(z.email(c.emailInvalid)).optional()
);
const optionalPhone = z.preprocess(
	emptyToUndefined,
	z
		.string()
		.max(40, c.phoneInvalid)
		.transform((v, ctx) => {
			const phone = normalizePhone(v);
			if (phone) return phone;
			ctx.addIssue({ code: 'custom', message: c.phoneInvalid });
			return z.NEVER;
		})
		.optional()
);
const count = (message: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' && /^\d{1,2}$/.test(v.trim()) ? Number(v) : v),
		z.number({ error: message }).int(message).min(0, message).max(10, message)
	);

export const correctionSchema = fieldwise(
	{
		lastName: z.string({ error: c.lastNameRequired }).trim().min(1, c.lastNameRequired).max(100),
		firstName: z.string({ error: c.firstNameRequired }).trim().min(1, c.firstNameRequired).max(100),
		address: z.string().trim().max(300).optional().default(''),
		communeInsee: z
			.string({ error: c.communeRequired })
			.regex(/^\d[\dAB]\d{3}$/, c.communeRequired),
		phone: optionalPhone,
		email: optionalEmail,
		placesTotal: count(c.placesTotal),
		placesUnder3: z.preprocess(emptyToUndefined, count(c.placesUnder3).optional()),
		workSetting: z.enum(workSettings),
		mamId: z.preprocess(emptyToUndefined, z.uuid().optional()),
		status: z.enum(childminderStatuses, { error: c.statusRequired })
	},
	(v, _raw, addIssue) => {
		if (
			v.placesUnder3 !== undefined &&
			v.placesTotal !== undefined &&
			v.placesUnder3 > v.placesTotal
		)
			addIssue('placesUnder3', c.placesUnder3);
		if (v.workSetting === 'mam' && !v.mamId) addIssue('mamId', c.mamRequired);
		if (v.workSetting === 'home' && v.mamId) addIssue('mamId', c.mamNotAllowed);
		return {
			lastName: v.lastName ?? '',
			firstName: v.firstName ?? '',
			address: v.address ?? '',
			communeInsee: v.communeInsee ?? '',
			phone: v.phone ?? null,
			email: v.email ?? null,
			placesTotal: v.placesTotal ?? 0,
			placesUnder3: v.placesUnder3 ?? null,
			workSetting: v.workSetting ?? 'home',
			mamId: v.mamId ?? null,
			status: v.status ?? 'active'
		};
	}
);
export type CorrectionInput = z.infer<typeof correctionSchema>;
