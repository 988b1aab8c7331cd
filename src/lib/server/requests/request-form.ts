import {
	childrenStepSchema,
	communeStepSchema,
	contactStepSchema,
	needStepSchema,
	requestSteps,
	sendStepSchema,
	type ChildcareRequestInput,
	type RequestStep
} from '$lib/forms/childcare-request';
import { fieldErrorsOf, type FieldErrors, type RawFields } from '$lib/forms/parse-form';
import type { RequestChannel } from '$lib/childcare-request-options';
import type { Commune } from '../db/schema';
import { matchCommune } from '../territory/find-commune';
import { m } from '$lib/i18n';

export interface StepContext {
	/** Today in Europe/Paris, YYYY-MM-DD. */
	today: string;
	channel: RequestChannel;
	/** The communes served by a relay (listServedCommunes). */
	served: Commune[];
}

export type StepResult =
	| { ok: true; value: unknown }
	| {
			ok: false;
			errors: FieldErrors;
			ambiguous?: { field: 'residence' | 'work'; candidates: Commune[] };
	  };

/** Validates one step's raw fields; the commune step also resolves the communes. */
export function validateStep(step: RequestStep, raw: RawFields, ctx: StepContext): StepResult {
	switch (step) {
		case 'contact': {
			// Online, the email carries the tracking link; on the phone the family may have none.
			const r = contactStepSchema({ emailRequired: ctx.channel === 'online' }).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
		case 'commune': {
			const r = communeStepSchema.safeParse(raw);
			if (!r.success) return { ok: false, errors: fieldErrorsOf(r.error) };
			const residence = matchCommune(ctx.served, r.data.residence, r.data.residenceInsee);
			if (residence.status === 'not_found')
				return { ok: false, errors: { residence: m.request.errors.communeNotServed } };
			if (residence.status === 'ambiguous') {
				return {
					ok: false,
					errors: { residenceInsee: m.request.errors.communeAmbiguous },
					ambiguous: { field: 'residence', candidates: residence.candidates }
				};
			}
			let workInsee: string | null = null;
			if (r.data.work) {
				const work = matchCommune(ctx.served, r.data.work, r.data.workInsee);
				if (work.status === 'not_found')
					return { ok: false, errors: { work: m.request.errors.workCommuneUnknown } };
				if (work.status === 'ambiguous') {
					return {
						ok: false,
						errors: { workInsee: m.request.errors.communeAmbiguous },
						ambiguous: { field: 'work', candidates: work.candidates }
					};
				}
				workInsee = work.commune.inseeCode;
			}
			return { ok: true, value: { residenceInsee: residence.commune.inseeCode, workInsee } };
		}
		case 'children': {
			const r = childrenStepSchema({ today: ctx.today }).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
		case 'need': {
			const r = needStepSchema({ today: ctx.today }).safeParse(raw);
			return r.success
				? { ok: true, value: r.data }
				: { ok: false, errors: fieldErrorsOf(r.error) };
		}
		case 'send': {
			const r = sendStepSchema.safeParse(raw);
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
