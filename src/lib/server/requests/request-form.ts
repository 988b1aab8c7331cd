import {
	childrenStepSchema,
	communeStepSchema,
	contactStepSchema,
	needStepSchema,
	requestSteps,
	sendStepSchema,
	type ChildcareRequestInput,
	type RequestFormMessages,
	type RequestStep
} from '$lib/forms/childcare-request';
import { fieldErrorsOf, type FieldErrors, type RawFields } from '$lib/forms/parse-form';
import type { RequestChannel } from '$lib/childcare-request-options';
import type { Commune } from '../db/schema';
import { isServed, matchCommune } from '../territory/find-commune';

export interface StepContext {
	/** Today in Europe/Paris, YYYY-MM-DD. */
	today: string;
	channel: RequestChannel;
	/** Every commune the portal knows, served or not (listKnownCommunes). */
	communes: Commune[];
	/** The messages of the page's language (`locals.t`): every error comes back in it. */
	t: RequestFormMessages;
}

/**
 * Communes offered to choose from at a field: several that share what was typed
 * (`ambiguous`), or the closest names to a text that designates none (`suggestions`).
 */
export interface CommuneChoices {
	field: 'residence' | 'work';
	kind: 'ambiguous' | 'suggestions';
	candidates: Commune[];
}

export type StepResult =
	{ ok: true; value: unknown } | { ok: false; errors: FieldErrors; choices?: CommuneChoices };

type Resolved =
	{ ok: true; commune: Commune } | { ok: false; errors: FieldErrors; choices?: CommuneChoices };

/** One commune field: found, or the message and the choices to offer. */
function resolveCommune(
	field: 'residence' | 'work',
	text: string,
	chosenInsee: string | undefined,
	known: Commune[],
	t: RequestFormMessages
): Resolved {
	const e = t.request.errors;
	const match = matchCommune(known, text, chosenInsee);
	if (match.status === 'found') return { ok: true, commune: match.commune };
	if (match.status === 'ambiguous') {
		return {
			ok: false,
			errors: { [`${field}Insee`]: e.communeAmbiguous },
			choices: { field, kind: 'ambiguous', candidates: match.candidates }
		};
	}
	const suggested = match.suggestions.length > 0;
	const message =
		field === 'residence'
			? suggested
				? e.communeUnknownSuggestions
				: e.communeUnknown
			: suggested
				? e.workCommuneUnknownSuggestions
				: e.workCommuneUnknown;
	return {
		ok: false,
		errors: { [field]: message },
		choices: suggested ? { field, kind: 'suggestions', candidates: match.suggestions } : undefined
	};
}

/** Validates one step's raw fields; the commune step also resolves the communes. */
export function validateStep(step: RequestStep, raw: RawFields, ctx: StepContext): StepResult {
	switch (step) {
		case 'contact': {
			// Online, the email carries the tracking link; on the phone the family may have none.
			const r = contactStepSchema(ctx.t, {
				emailRequired: ctx.channel === 'online'
			}).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
		case 'commune': {
			const r = communeStepSchema(ctx.t).safeParse(raw);
			if (!r.success) return { ok: false, errors: fieldErrorsOf(r.error) };
			const residence = resolveCommune(
				'residence',
				r.data.residence,
				r.data.residenceInsee,
				ctx.communes,
				ctx.t
			);
			if (!residence.ok) return residence;
			// Only a real commune outside the territory is "not served"; a typo is "not found".
			if (!isServed(residence.commune))
				return { ok: false, errors: { residence: ctx.t.request.errors.communeNotServed } };
			let workInsee: string | null = null;
			if (r.data.work) {
				// Work may be outside the territory: it only helps to look for care near it.
				const work = resolveCommune('work', r.data.work, r.data.workInsee, ctx.communes, ctx.t);
				if (!work.ok) return work;
				workInsee = work.commune.inseeCode;
			}
			return { ok: true, value: { residenceInsee: residence.commune.inseeCode, workInsee } };
		}
		case 'children': {
			const r = childrenStepSchema(ctx.t, { today: ctx.today }).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
		case 'need': {
			const r = needStepSchema(ctx.t, { today: ctx.today }).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
		case 'send': {
			const r = sendStepSchema(ctx.t).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
	}
}

export type AssembledRequest =
	| { ok: true; input: ChildcareRequestInput }
	| { ok: false; step: RequestStep; errors: FieldErrors };

/**
 * Re-validates every step of a draft (the server never trusts that earlier steps stayed
 * valid: "today" moves, a commune may stop being served) and builds the request to store.
 */
export function assembleRequest(
	steps: Partial<Record<RequestStep, RawFields>>,
	ctx: StepContext
): AssembledRequest {
	const values = {} as Record<RequestStep, unknown>;
	for (const step of requestSteps) {
		const result = validateStep(step, steps[step] ?? {}, ctx);
		if (!result.ok) return { ok: false, step, errors: result.errors };
		values[step] = result.value;
	}
	const commune = values.commune as { residenceInsee: string; workInsee: string | null };
	const send = values.send as { comment: string };
	return {
		ok: true,
		input: {
			contact: values.contact as ChildcareRequestInput['contact'],
			residenceInsee: commune.residenceInsee,
			workInsee: commune.workInsee,
			children: values.children as ChildcareRequestInput['children'],
			need: values.need as ChildcareRequestInput['need'],
			comment: send.comment
		}
	};
}
