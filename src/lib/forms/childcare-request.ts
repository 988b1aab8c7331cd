import { z } from '$lib/forms/zod';
import type { FamilyMessages } from '$lib/i18n/family';
import {
	appointmentModes,
	careKinds,
	periscolaireNeeds,
	regularities,
	weekDays,
	type DaySlot,
	type WeekDay,
	type WeeklySchedule
} from '$lib/childcare-request-options';
import { addMonths, addYears, parseDateInput } from '$lib/time/calendar-date';
import { normalizePhone } from '$lib/format/phone';
import { fieldwise, type FieldsOutput } from './fieldwise';
import { localeErrorFor } from './locale-error';

/**
 * One schema per step of the family's form, on the flat field names of the HTML form, and
 * one for the whole request. Shared by the browser (inline validation) and the server
 * (authoritative). Date rules take `today` (Europe/Paris, YYYY-MM-DD) so tests can pin it.
 *
 * Each schema is made for one language: it takes the messages of the page (`locals.t`,
 * `pageMessages()`), never a module-level catalogue, so that a family reads its errors in
 * the language of its page. zod's own issues (a tampered field) come from `t.validation`,
 * handed to every parse of a field (see fieldwise.ts). Staff code that reuses a schema passes
 * the French catalogue.
 */
export type RequestFormMessages = Pick<FamilyMessages, 'request' | 'validation'>;

export const MAX_CHILDREN = 4;
export const COMMENT_MAX = 2000;
/** How far ahead a start date (desired or latest) may be. */
export const START_HORIZON_YEARS = 3;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const INSEE_CODE = /^\d[\dAB]\d{3}$/;

/** A French number however grouped, or a foreign one with its code; stored in E.164. */
export const phoneSchemaWith = (invalidMessage: string) =>
	z.string().transform((v, ctx) => {
		const phone = normalizePhone(v);
		if (phone) return phone;
		ctx.addIssue({ code: 'custom', message: invalidMessage });
		return z.NEVER;
	});

/** The pieces the step schemas are made of, worded in the language of `t`. */
function parts(t: RequestFormMessages) {
	const e = t.request.errors;
	const dateField = z.preprocess(
		(v) =>
			typeof v === 'string'
				? (parseDateInput(v) ?? (v.trim() === '' ? undefined : 'invalid'))
				: undefined,
		z.string({ error: e.dateRequired }).refine((v) => v !== 'invalid', e.dateInvalid)
	);
	return {
		e,
		/** zod's own messages in this language, for every parse of a field. */
		options: { error: localeErrorFor(t.validation) },
		optionalText: (max: number) =>
			z.string().trim().max(max, e.tooLong(max)).optional().default(''),
		/** A checkbox group: absent, one value or several. */
		list: <T extends string>(values: readonly [T, ...T[]]) =>
			z.preprocess(
				(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
				z.array(z.enum(values, { error: e.choiceInvalid }))
			),
		email: z.string().trim().toLowerCase().max(254, e.emailInvalid).pipe(z.email(e.emailInvalid)),
		phone: phoneSchemaWith(e.phoneInvalid),
		dateField
	};
}

// ---- Step 1: who asks -------------------------------------------------------------------
const contactFields = ({ e, email, phone, optionalText }: ReturnType<typeof parts>) => ({
	parentNames: z
		.string({ error: e.parentNamesRequired })
		.trim()
		.min(2, e.parentNamesRequired)
		.max(200, e.parentNamesTooLong),
	email: z.preprocess(emptyToUndefined, email.optional()),
	phone: z.preprocess(emptyToUndefined, phone.optional()),
	appointmentMode: z.enum(appointmentModes, { error: e.modeRequired }),
	contactTimes: optionalText(200),
	homeLanguage: optionalText(80)
});

export const contactStepSchema = (t: RequestFormMessages, options: { emailRequired: boolean }) => {
	const p = parts(t);
	const e = p.e;
	return fieldwise(
		contactFields(p),
		(v, raw, addIssue) => {
			const given = (name: string) =>
				typeof raw[name] === 'string' && (raw[name] as string).trim() !== '';
			if (options.emailRequired && !given('email')) addIssue('email', e.emailRequired);
			if (raw.appointmentMode === 'phone' && !given('phone'))
				addIssue('phone', e.phoneRequiredForPhoneMode);
			if (!options.emailRequired && !given('email') && !given('phone'))
				addIssue('phone', e.contactRequired);
			// Complete whenever no issue was added (fieldwise discards it otherwise).
			return v as FieldsOutput<ReturnType<typeof contactFields>>;
		},
		p.options
	);
};
export type ContactStep = z.infer<ReturnType<typeof contactStepSchema>>;

// ---- Step 2: where ----------------------------------------------------------------------
/** Only the shape: which commune the text designates is the server's answer (communes table). */
export const communeStepSchema = (t: RequestFormMessages) => {
	const { e, optionalText, options } = parts(t);
	const insee = z.preprocess(emptyToUndefined, z.string().regex(INSEE_CODE).optional());
	return fieldwise(
		{
			residence: z
				.string({ error: e.communeRequired })
				.trim()
				.min(1, e.communeRequired)
				.max(120, e.tooLong(120)),
			residenceInsee: insee,
			work: optionalText(120),
			workInsee: insee
		},
		undefined,
		options
	);
};
export type CommuneStep = z.infer<ReturnType<typeof communeStepSchema>>;

// ---- Step 3: children -------------------------------------------------------------------
export const childFieldNames = (n: number) => ({
	status: `child${n}_status`,
	date: `child${n}_date`,
	support: `child${n}_support`
});

export const childrenStepSchema = (t: RequestFormMessages, dates: { today: string }) => {
	const { e, dateField, options } = parts(t);
	const { today } = dates;
	return fieldwise(
		{
			childCount: z.coerce
				.number()
				.int()
				.min(1, e.childrenRequired)
				.max(MAX_CHILDREN, e.childrenTooMany)
		},
		(v, raw, addIssue) => {
			const children: {
				birthDate: string | null;
				expectedBirthDate: string | null;
				needsSupport: boolean | null;
			}[] = [];
			for (let n = 1; n <= (v.childCount ?? 0); n++) {
				const names = childFieldNames(n);
				const status = z.enum(['born', 'expected']).safeParse(raw[names.status]);
				if (!status.success) {
					addIssue(names.status, e.childStatusRequired);
					continue;
				}
				const date = dateField.safeParse(raw[names.date], options);
				if (!date.success) {
					addIssue(names.date, date.error.issues[0]?.message ?? e.dateInvalid);
					continue;
				}
				const born = status.data === 'born';
				const problem = born
					? date.data > today
						? e.birthDateInFuture
						: date.data <= addYears(today, -12)
							? e.birthDateTooOld
							: null
					: date.data < today
						? e.expectedDateInPast
						: date.data > addMonths(today, 10)
							? e.expectedDateTooFar
							: null;
				if (problem) {
					addIssue(names.date, problem);
					continue;
				}
				const support = raw[names.support];
				children.push({
					birthDate: born ? date.data : null,
					expectedBirthDate: born ? null : date.data,
					needsSupport: support === 'yes' ? true : support === 'no' ? false : null
				});
			}
			return children;
		},
		options
	);
};
export type ChildInput = z.infer<ReturnType<typeof childrenStepSchema>>[number];

// ---- Step 4: the need -------------------------------------------------------------------
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const dayFieldNames = (day: WeekDay) => ({
	start: `${day}_start`,
	end: `${day}_end`,
	overnight: `${day}_overnight`
});

export const needStepSchema = (t: RequestFormMessages, dates: { today: string }) => {
	const { e, dateField, list, options } = parts(t);
	const { today } = dates;
	return fieldwise(
		{
			desiredStart: dateField.pipe(z.string()),
			latestStart: z.preprocess(emptyToUndefined, dateField.optional()),
			regularity: z.enum(regularities, { error: e.regularityRequired }),
			variableHours: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
			periscolaire: list(periscolaireNeeds),
			careKinds: list(careKinds).refine((v) => v.length > 0, e.careKindsRequired)
		},
		(v, raw, addIssue) => {
			// Both dates live within the same window: from today to START_HORIZON_YEARS ahead.
			const horizon = addYears(today, START_HORIZON_YEARS);
			if (v.desiredStart !== undefined) {
				if (v.desiredStart < today) addIssue('desiredStart', e.startInPast);
				else if (v.desiredStart > horizon) addIssue('desiredStart', e.startTooFar);
			}
			if (v.latestStart) {
				if (v.desiredStart !== undefined && v.latestStart < v.desiredStart)
					addIssue('latestStart', e.latestBeforeStart);
				else if (v.latestStart < today) addIssue('latestStart', e.latestInPast);
				else if (v.latestStart > horizon) addIssue('latestStart', e.latestTooFar);
			}
			const schedule = {} as WeeklySchedule;
			let anyDay = false;
			for (const day of weekDays) {
				const names = dayFieldNames(day);
				const start =
					typeof raw[names.start] === 'string' ? (raw[names.start] as string).trim() : '';
				const end = typeof raw[names.end] === 'string' ? (raw[names.end] as string).trim() : '';
				const overnight = raw[names.overnight] === 'on';
				let slot: DaySlot = null;
				if (start || end) {
					if (!start) addIssue(names.start, e.timeMissingStart);
					else if (!TIME.test(start)) addIssue(names.start, e.timeInvalid);
					if (!end) addIssue(names.end, e.timeMissingEnd);
					else if (!TIME.test(end)) addIssue(names.end, e.timeInvalid);
					else if (TIME.test(start) && end <= start && !overnight)
						addIssue(names.end, e.endBeforeStart);
					slot = { start, end };
					anyDay = true;
				}
				schedule[day] = slot;
			}
			if (!anyDay && !v.variableHours) addIssue('mon_start', e.scheduleRequired);
			return {
				desiredStart: v.desiredStart ?? '',
				latestStart: v.latestStart ?? null,
				regularity: v.regularity ?? 'regular',
				variableHours: v.variableHours ?? false,
				weeklySchedule: schedule,
				periscolaire: v.periscolaire ?? [],
				careKinds: v.careKinds ?? []
			};
		},
		options
	);
};
export type NeedStep = z.infer<ReturnType<typeof needStepSchema>>;

// ---- Step 5: comment and consent ----------------------------------------------------------
export const sendStepSchema = (t: RequestFormMessages) => {
	const { e, options } = parts(t);
	return fieldwise(
		{
			comment: z.string().trim().max(COMMENT_MAX, e.commentTooLong).optional().default(''),
			consent: z.literal('on', { error: e.consentRequired })
		},
		undefined,
		options
	);
};

export const requestSteps = ['contact', 'commune', 'children', 'need', 'send'] as const;
export type RequestStep = (typeof requestSteps)[number];

/** The whole request once every step is valid and the communes resolved. */
export interface ChildcareRequestInput {
	contact: ContactStep;
	residenceInsee: string;
	workInsee: string | null;
	children: ChildInput[];
	need: NeedStep;
	comment: string;
}
