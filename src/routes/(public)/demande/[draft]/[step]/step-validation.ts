import type { z } from 'zod';
import { fieldErrorsOf, type FieldErrors, type RawFields } from '$lib/forms/parse-form';
import {
	childrenStepSchema,
	contactStepSchema,
	needStepSchema,
	sendStepSchema,
	type RequestFormMessages,
	type RequestStep
} from '$lib/forms/childcare-request';
import type { RequestChannel } from '$lib/childcare-request-options';
import { todayInParis } from '$lib/time/paris';

/**
 * The browser's side of a step's validation: the same zod schemas as the server, run on what
 * the form holds now, to show a message at a field as soon as the person leaves it. The
 * server stays the judge: it validates again on every press. `t` is the page's catalogue:
 * the messages found here are the ones the server would give, in the page's language.
 */
export type StepValidator = (raw: RawFields) => FieldErrors;

function parseWith(schema: z.ZodType): (raw: RawFields) => FieldErrors {
	return (raw) => {
		const result = schema.safeParse(raw);
		return result.success ? {} : fieldErrorsOf(result.error);
	};
}

/**
 * A schema whose cross-field rules run in a transform (the weekly grid) checks nothing more
 * while any plain field is invalid: zod stops before the transform. So that the grid is
 * checked while other fields are still empty or wrong, those fields are replaced by valid
 * stand-ins and the schema runs again; their own messages come from the first run.
 */
function withStandIns(parse: (raw: RawFields) => FieldErrors, standIns: RawFields): StepValidator {
	return (raw) => {
		const errors = parse(raw);
		const patch = Object.entries(standIns).filter(([name]) => errors[name]);
		if (patch.length === 0) return errors;
		const rest = parse({ ...raw, ...Object.fromEntries(patch) });
		for (const [name] of patch) delete rest[name];
		return { ...rest, ...Object.fromEntries(patch.map(([name]) => [name, errors[name] ?? ''])) };
	};
}

/** The validator of a step; none for the commune step, which only the server can check. */
export function stepValidator(
	step: RequestStep,
	channel: RequestChannel,
	t: RequestFormMessages,
	today = todayInParis()
): StepValidator | null {
	switch (step) {
		case 'contact':
			return parseWith(contactStepSchema(t, { emailRequired: channel === 'online' }));
		case 'commune':
			return null;
		case 'children':
			return parseWith(childrenStepSchema(t, { today }));
		case 'need':
			return withStandIns(parseWith(needStepSchema(t, { today })), {
				desiredStart: today,
				latestStart: '',
				regularity: 'regular',
				careKinds: 'no_preference'
			});
		case 'send':
			return parseWith(sendStepSchema(t));
	}
}
