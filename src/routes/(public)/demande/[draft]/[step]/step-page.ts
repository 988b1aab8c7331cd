import { m } from '$lib/i18n';
import { weekDays } from '$lib/childcare-request-options';
import type { FieldErrors } from '$lib/forms/parse-form';
import type { AtypicalFlags } from '$lib/requests/atypical-hours';
import type { PageData } from './$types';

/** The page's data once the draft is found. */
export type StepPageData = Extract<PageData, { expired: false }>;
export type StepSummary = NonNullable<StepPageData['summary']>;

const t = m.requestForm;

/** The derived atypical hours in words, or "aucun". */
export function atypicalText(flags: AtypicalFlags): string {
	const names = t.need.atypical.flags;
	const found = (Object.keys(names) as (keyof AtypicalFlags)[]).filter((flag) => flags[flag]);
	return found.length > 0
		? found.map((flag) => names[flag]).join(', ')
		: t.send.summary.atypicalNone;
}

const CHILD_FIELD = /^child(\d+)_/;
const DAY_FIELD = new RegExp(`^(${weekDays.join('|')})_`);

/**
 * The messages of the error summary, which lists them far from their fields: a field of a
 * child or of a day of the grid is named ("Enfant 2 : …", "Mardi : …").
 */
export function summaryMessages(errors: FieldErrors): FieldErrors {
	const named: FieldErrors = {};
	for (const [field, message] of Object.entries(errors)) {
		if (field === 'form') continue;
		const child = CHILD_FIELD.exec(field);
		const day = DAY_FIELD.exec(field)?.[1] as (typeof weekDays)[number] | undefined;
		if (child) named[field] = `${t.children.child(Number(child[1]))} : ${message}`;
		else if (day && message !== m.request.errors.scheduleRequired) {
			named[field] = t.need.schedule.errorOf(t.need.schedule.days[day], message);
		} else named[field] = message;
	}
	return named;
}

/** A commune offered when the text typed designates several, or none (close names). */
export interface CommuneChoice {
	inseeCode: string;
	name: string;
	postalCodes: string[];
}

/** The communes offered at a field: `ambiguous` (several match) or `suggestions` (none). */
export interface CommuneChoices {
	field: 'residence' | 'work';
	kind: 'ambiguous' | 'suggestions';
	candidates: CommuneChoice[];
}

/** What a refused press answers (`fail(…, { errors, choices })`); the route's ActionData fits it. */
export interface StepFailure {
	errors: FieldErrors;
	choices?: CommuneChoices;
}
