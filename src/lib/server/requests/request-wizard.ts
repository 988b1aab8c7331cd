import type { Database } from '../db/types';
import type { FieldErrors, RawFields } from '$lib/forms/parse-form';
import { MAX_CHILDREN, type RequestStep } from '$lib/forms/childcare-request';
import { neighbourStep } from '$lib/forms/request-steps';
import type { Commune } from '../db/schema';
import { saveDraftStep, type Draft } from './drafts';
import { validateStep, type StepContext } from './request-form';

/** What the person asked for with the button they pressed. */
export type StepIntent = 'next' | 'back' | 'addChild' | 'removeChild';

export type StepOutcome =
	| { kind: 'go'; step: RequestStep }
	| { kind: 'stay' }
	| {
			kind: 'invalid';
			errors: FieldErrors;
			ambiguous?: { field: 'residence' | 'work'; candidates: Commune[] };
	  };

export function readIntent(raw: RawFields): StepIntent {
	const intent = raw.intent;
	return intent === 'back' || intent === 'addChild' || intent === 'removeChild' ? intent : 'next';
}

/**
 * One press of a step's button, without JavaScript or with: what was typed is always kept in
 * the draft (even when invalid, even when going back); moving forward needs a valid step.
 */
export async function submitStep(
	db: Database,
	draft: Draft,
	step: RequestStep,
	raw: RawFields,
	ctx: StepContext
): Promise<StepOutcome> {
	const intent = readIntent(raw);
	// The button pressed is not an answer: it is not kept in the draft.
	const { intent: _pressed, ...fields } = raw;
	if (step === 'children' && (intent === 'addChild' || intent === 'removeChild')) {
		const count = Number(fields.childCount) || 1;
		const next = Math.min(MAX_CHILDREN, Math.max(1, count + (intent === 'addChild' ? 1 : -1)));
		await saveDraftStep(db, draft, step, { ...fields, childCount: String(next) });
		return { kind: 'stay' };
	}
	await saveDraftStep(db, draft, step, fields);
	if (intent === 'back') {
		return { kind: 'go', step: neighbourStep(step, -1) ?? step };
	}
	const result = validateStep(step, fields, ctx);
	if (!result.ok) return { kind: 'invalid', errors: result.errors, ambiguous: result.ambiguous };
	return { kind: 'go', step: neighbourStep(step, 1) ?? step };
}
