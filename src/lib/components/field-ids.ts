/**
 * The ids a field derives from its own id, shared by the field components so that hints and
 * errors are always wired the same way (`aria-describedby`: hint first, then error).
 */
export function fieldIds(id: string) {
	return { hint: `${id}-hint`, error: `${id}-error`, counter: `${id}-counter` };
}

/**
 * The ids of one choice of a group (radios, boxes). The first choice has the group's own id,
 * which an error summary's link `#name` reaches; a choice's hint has an id of its own, never
 * the group's hint id (`<id>-hint`) that the fieldset is described by.
 */
export function choiceIds(groupId: string, index: number) {
	return {
		input: index === 0 ? groupId : `${groupId}-${index}`,
		hint: `${groupId}-choice-${index}-hint`
	};
}

/** What a choice's input and its label (ChoiceLabel) carry: described by its own hint only. */
export function choiceParts(groupId: string, index: number, option: ChoiceOption) {
	const ids = choiceIds(groupId, index);
	return {
		input: { id: ids.input, 'aria-describedby': option.hint ? ids.hint : undefined },
		label: { for: ids.input, label: option.label, hint: option.hint, hintId: ids.hint }
	};
}

/** Joins the ids of the descriptions that are present, or undefined when there is none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
	const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
	return present.length > 0 ? present.join(' ') : undefined;
}

/** How wide a text field or a select looks: a postcode is short, an address is full. */
export type FieldWidth = 'short' | 'medium' | 'full';
export const inputClass = (width: FieldWidth) => [
	'field__input',
	width !== 'full' && `field__input--${width}`
];

/** One choice of a group of radios or boxes. */
export interface ChoiceOption {
	value: string;
	label: string;
	hint?: string;
}
