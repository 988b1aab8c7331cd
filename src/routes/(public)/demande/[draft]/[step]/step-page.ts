import type { FamilyMessages } from '$lib/i18n/family';
import { weekDays } from '$lib/childcare-request-options';
import type { FieldErrors } from '$lib/forms/parse-form';
import type { AtypicalFlags } from '$lib/requests/atypical-hours';
import type { PageData } from './$types';

/** The page's data once the draft is found. */
export type StepPageData = Extract<PageData, { expired: false }>;
export type StepSummary = NonNullable<StepPageData['summary']>;

/** The derived atypical hours in words, or "aucun", in the page's language. */
export function atypicalText(t: FamilyMessages, flags: AtypicalFlags): string {
	const { need, send } = t.requestForm;
	const names = need.atypical.flags;
	const found = (Object.keys(names) as (keyof AtypicalFlags)[])
		.filter((flag) => flags[flag])
		.map((flag) => names[flag]);
	return found.length > 0 ? need.atypical.list(found) : send.summary.atypicalNone;
}

const CHILD_FIELD = /^child(\d+)_/;
const DAY_FIELD = new RegExp(`^(${weekDays.join('|')})_`);

/**
 * The messages of the error summary, which lists them far from their fields: a field of a
 * child or of a day of the grid is named ("Enfant 2 : …", "Mardi : …").
 */
export function summaryMessages(t: FamilyMessages, errors: FieldErrors): FieldErrors {
	const { children, need } = t.requestForm;
	const named: FieldErrors = {};
	for (const [field, message] of Object.entries(errors)) {
		if (field === 'form') continue;
		const child = CHILD_FIELD.exec(field);
		const day = DAY_FIELD.exec(field)?.[1] as (typeof weekDays)[number] | undefined;
		if (child) named[field] = children.errorOf(Number(child[1]), message);
		else if (day && message !== t.request.errors.scheduleRequired) {
			named[field] = need.schedule.errorOf(need.schedule.days[day], message);
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
