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

/** Joins the ids of the descriptions that are present, or undefined when there is none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
	const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
	return present.length > 0 ? present.join(' ') : undefined;
}
