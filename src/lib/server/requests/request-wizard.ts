import type { Database } from '../db/types';
import type { FieldErrors, RawFields } from '$lib/forms/parse-form';
import { MAX_CHILDREN, type RequestStep } from '$lib/forms/childcare-request';
import { neighbourStep } from '$lib/forms/request-steps';
import { saveDraftStep, type Draft } from './drafts';
import { allowStepSave, MAX_STEP_CHARACTERS } from './public-form-limits';
import { validateStep, type CommuneChoices, type StepContext } from './request-form';

/** What the person asked for with the button they pressed. */
export type StepIntent = 'next' | 'back' | 'addChild' | 'removeChild';

export type StepOutcome =
	| { kind: 'go'; step: RequestStep }
	| { kind: 'stay' }
	/** More than MAX_STEP_CHARACTERS typed at one step: nothing is kept (413). */
	| { kind: 'too_large' }
	/** Too many saves from this address within the hour: nothing is kept (429). */
	| { kind: 'rate_limited' }
	| {
			kind: 'invalid';
			errors: FieldErrors;
			choices?: OfferedChoices;
	  };

/** The communes offered to choose from, as the page shows them (no internal ids). */
export interface OfferedChoices extends Omit<CommuneChoices, 'candidates'> {
	candidates: { inseeCode: string; name: string; postalCodes: string[] }[];
}

function offered(choices: CommuneChoices | undefined): OfferedChoices | undefined {
	if (!choices) return undefined;
	const candidates = choices.candidates.map(({ inseeCode, name, postalCodes }) => ({
		inseeCode,
		name,
		postalCodes
	}));
	return { ...choices, candidates };
}

export function readIntent(raw: RawFields): StepIntent {
	const intent = raw.intent;
	return intent === 'back' || intent === 'addChild' || intent === 'removeChild' ? intent : 'next';
}

/**
 * One press of a step's button, without JavaScript or with: what was typed is always kept in
 * the draft (even when invalid, even when going back); moving forward needs a valid step.
 * Within limits (public-form-limits.ts): a step of absurd size, or too many saves from the
 * client's `address` on the open form, keep nothing.
 */
export async function submitStep(
	db: Database,
	draft: Draft,
	step: RequestStep,
	raw: RawFields,
	ctx: StepContext,
	address: string,
	now = new Date()
): Promise<StepOutcome> {
	const intent = readIntent(raw);
	// The button pressed is not an answer: it is not kept in the draft.
	const { intent: _pressed, ...fields } = raw;
	if (JSON.stringify(fields).length > MAX_STEP_CHARACTERS) return { kind: 'too_large' };
	// Staff entering a request by phone or at the desk are signed in and audited.
	if (!draft.data.enteredBy && !(await allowStepSave(db, address, now)))
		return { kind: 'rate_limited' };
	if (step === 'children' && (intent === 'addChild' || intent === 'removeChild')) {
		const count = Number(fields.childCount) || 1;
		const next = Math.min(MAX_CHILDREN, Math.max(1, count + (intent === 'addChild' ? 1 : -1)));
		await saveDraftStep(db, draft, step, { ...fields, childCount: String(next) }, now);
		return { kind: 'stay' };
	}
	await saveDraftStep(db, draft, step, fields, now);
	if (intent === 'back') {
		return { kind: 'go', step: neighbourStep(step, -1) ?? step };
	}
	const result = validateStep(step, fields, ctx);
	if (!result.ok)
		return { kind: 'invalid', errors: result.errors, choices: offered(result.choices) };
	return { kind: 'go', step: neighbourStep(step, 1) ?? step };
}
