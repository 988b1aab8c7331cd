import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { parseDateInput } from '$lib/time/calendar-date';

/**
 * The forms of the relay's availability settings (places, weekly rules, absences, closures).
 * Field names are unique across the settings page, so that each error links to its own field.
 */
const e = m.availability.errors;

const id = z.string().trim().pipe(z.uuid(e.notFound));
const optionalText = (max: number) =>
	z.string().trim().max(max, e.tooLong(max)).optional().default('');

const requiredDate = z
	.string({ error: e.dateRequired })
	.trim()
	.min(1, e.dateRequired)
	.transform((value, ctx) => {
		const date = parseDateInput(value);
		if (!date) ctx.addIssue({ code: 'custom', message: e.dateInvalid });
		return date ?? '';
	});
const optionalDate = z
	.string()
	.trim()
	.optional()
	.transform((value, ctx) => {
		if (!value) return null;
		const date = parseDateInput(value);
		if (!date) ctx.addIssue({ code: 'custom', message: e.dateInvalid });
		return date;
	});
/** `HH:MM` from a time input (some browsers send `HH:MM:SS`), stored as `HH:MM:00`. */
const time = z
	.string({ error: e.timeInvalid })
	.trim()
	.regex(/^([01]\d|2[0-3]):[0-5]\d(:00)?$/, e.timeInvalid)
	.transform((v) => `${v.slice(0, 5)}:00`);

export const receptionPlaceSchema = z.object({
	name: z.string({ error: e.nameRequired }).trim().min(2, e.nameRequired).max(120, e.nameTooLong),
	address: z
		.string({ error: e.addressRequired })
		.trim()
		.min(5, e.addressRequired)
		.max(300, e.addressTooLong),
	accessNotes: optionalText(1000)
});
export type ReceptionPlaceInput = z.infer<typeof receptionPlaceSchema>;

export const placeActiveSchema = z.object({
	placeId: id,
	active: z.enum(['true', 'false']).transform((v) => v === 'true')
});

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const availabilityRuleSchema = z
	.object({
		animatorId: z.string({ error: e.personRequired }).trim().pipe(z.uuid(e.personRequired)),
		weekday: z.coerce
			.number({ error: e.dayRequired })
			.int(e.dayRequired)
			.min(1, e.dayRequired)
			.max(7, e.dayRequired),
		startTime: time,
		endTime: time,
		kind: z.enum(['place', 'phone'], { error: e.kindRequired }),
		placeId: z
			.string()
			.trim()
			.optional()
			.transform((v) => v || null),
		slotMinutes: z.coerce
			.number({ error: e.slotMinutesInvalid })
			.int(e.slotMinutesInvalid)
			.min(10, e.slotMinutesInvalid)
			.max(240, e.slotMinutesInvalid),
		validFrom: requiredDate,
		validUntil: optionalDate
	})
	.superRefine((rule, ctx) => {
		const length = minutes(rule.endTime) - minutes(rule.startTime);
		if (length <= 0) ctx.addIssue({ code: 'custom', path: ['endTime'], message: e.endBeforeStart });
		else if (length < rule.slotMinutes)
			ctx.addIssue({ code: 'custom', path: ['slotMinutes'], message: e.slotLongerThanHours });
		if (rule.kind === 'place' && !rule.placeId)
			ctx.addIssue({ code: 'custom', path: ['placeId'], message: e.placeRequired });
		else if (rule.placeId && !z.uuid().safeParse(rule.placeId).success)
			ctx.addIssue({ code: 'custom', path: ['placeId'], message: e.placeUnknown });
		if (rule.validUntil && rule.validFrom && rule.validUntil < rule.validFrom)
			ctx.addIssue({ code: 'custom', path: ['validUntil'], message: e.endBeforeStartDate });
	})
	.transform((rule) => ({ ...rule, placeId: rule.kind === 'place' ? rule.placeId : null }));
export type AvailabilityRuleInput = z.infer<typeof availabilityRuleSchema>;

export const staffAbsenceSchema = z
	.object({
		absenceStaffId: z.string({ error: e.personRequired }).trim().pipe(z.uuid(e.personRequired)),
		absenceStartsOn: requiredDate,
		absenceEndsOn: requiredDate,
		absenceNote: optionalText(200)
	})
	.superRefine((a, ctx) => {
		if (a.absenceStartsOn && a.absenceEndsOn && a.absenceEndsOn < a.absenceStartsOn)
			ctx.addIssue({ code: 'custom', path: ['absenceEndsOn'], message: e.endBeforeStartDate });
	})
	.transform((a) => ({
		staffId: a.absenceStaffId,
		startsOn: a.absenceStartsOn,
		endsOn: a.absenceEndsOn,
		note: a.absenceNote
	}));
export type StaffAbsenceInput = z.infer<typeof staffAbsenceSchema>;

export const relayClosureSchema = z
	.object({
		closureStartsOn: requiredDate,
		closureEndsOn: requiredDate,
		closureLabel: optionalText(200)
	})
	.superRefine((c, ctx) => {
		if (c.closureStartsOn && c.closureEndsOn && c.closureEndsOn < c.closureStartsOn)
			ctx.addIssue({ code: 'custom', path: ['closureEndsOn'], message: e.endBeforeStartDate });
	})
	.transform((c) => ({
		startsOn: c.closureStartsOn,
		endsOn: c.closureEndsOn,
		label: c.closureLabel
	}));
export type RelayClosureInput = z.infer<typeof relayClosureSchema>;

/** The hidden id of the row a remove/deactivate button acts on. */
export const settingIdSchema = z.object({ id });
