import { z } from '$lib/forms/zod';
import { requestStatuses } from '$lib/childcare-request-options';
import { m } from '$lib/i18n';
import { careFoundKinds, noSolutionReasons } from '$lib/requests/outcome-options';
import { parseDateInput } from '$lib/time/calendar-date';
import type { OutcomeFacts } from './write-outcome';

const e = m.outcomes.errors;

/** « oui / non / ne sait pas » as the form sends it; kept as true / false / null. */
const fromRelayListAnswers = ['yes', 'no', 'unknown'] as const;
const isRelayListAnswer = (value: string) =>
	(fromRelayListAnswers as readonly string[]).includes(value);

const optionalText = z.string().trim().optional().default('');

/**
 * The staff form of an outcome: solution found (its kind, optionally its start date and
 * whether it came from the relay's list) or not (its reason). Fields of the other branch are
 * ignored, so a family that changed its mind between two radio buttons is not refused for a
 * leftover choice. `from` is the status the person saw (stale check).
 */
export const outcomeForm = z
	.object({
		from: z.enum(requestStatuses, { error: m.queue.errors.invalid }),
		found: z.enum(['yes', 'no'], { error: e.foundRequired }),
		careKind: optionalText,
		startDate: optionalText,
		fromRelayList: optionalText,
		reason: optionalText
	})
	.superRefine((v, ctx) => {
		const issue = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		if (v.found === 'yes') {
			if (!(careFoundKinds as readonly string[]).includes(v.careKind)) {
				issue('careKind', e.careKindRequired);
			}
			if (v.startDate && !parseDateInput(v.startDate)) issue('startDate', e.startDateInvalid);
			if (v.fromRelayList && !isRelayListAnswer(v.fromRelayList)) {
				issue('fromRelayList', e.fromRelayListInvalid);
			}
		} else if (!(noSolutionReasons as readonly string[]).includes(v.reason)) {
			issue('reason', e.reasonRequired);
		}
	})
	.transform((v) => ({ from: v.from, facts: factsOf(v) }));

export type OutcomeFormData = z.infer<typeof outcomeForm>;

function factsOf(v: {
	found: 'yes' | 'no';
	careKind: string;
	startDate: string;
	fromRelayList: string;
	reason: string;
}): OutcomeFacts {
	if (v.found === 'no') {
		return { found: false, reason: noSolutionReasons.find((r) => r === v.reason) ?? 'other' };
	}
	return {
		found: true,
		careKind: careFoundKinds.find((k) => k === v.careKind) ?? 'other',
		startDate: v.startDate ? parseDateInput(v.startDate) : null,
		fromRelayList: v.fromRelayList === 'yes' ? true : v.fromRelayList === 'no' ? false : null
	};
}

/** The reopen button's form: only the status the person saw. */
export const reopenForm = z.object({
	from: z.enum(requestStatuses, { error: m.queue.errors.invalid })
});
