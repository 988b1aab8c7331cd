import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import CheckboxField from './CheckboxField.svelte';
import CheckboxGroup from './CheckboxGroup.svelte';
import RadioGroup from './RadioGroup.svelte';
import SelectField from './SelectField.svelte';
import TextAreaField from './TextAreaField.svelte';
import TextField from './TextField.svelte';

// Rendered outside SvelteKit: the page the components read their language from (pageMessages)
// is a French one.
vi.mock('$app/state', () => ({ page: { data: { locale: 'fr' } } }));

/** The ids of the markup, in order, repeated ones included. */
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const duplicatesOf = (ids: (string | undefined)[]) =>
	ids.filter((id, index) => ids.indexOf(id) !== index);

/** An attribute of the first `<tag>` whose opening tag contains `has`. */
function attribute(html: string, tag: string, has: string, name: string): string | undefined {
	const element = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))]
		.map((m) => m[0])
		.find((e) => e.includes(has));
	return element?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

const options = [
	{ value: 'a', label: 'A', hint: 'Aide de A' },
	{ value: 'b', label: 'B' },
	{ value: 'c', label: 'C', hint: 'Aide de C' }
];

describe('field components', () => {
	it.each([
		['CheckboxGroup', CheckboxGroup],
		['RadioGroup', RadioGroup]
	] as const)(
		'%s: every id once, the group described by its hint and error, a choice by its own hint only',
		(_, Group) => {
			const { body } = render(Group, {
				props: { legend: 'Question', name: 'kinds', options, hint: 'Aide', error: 'Erreur' }
			});
			expect(duplicatesOf(idsOf(body))).toEqual([]);
			expect(attribute(body, 'fieldset', '', 'aria-describedby')).toBe('kinds-hint kinds-error');
			const firstHint = attribute(body, 'input', 'id="kinds"', 'aria-describedby');
			expect(firstHint).toBeDefined();
			expect(firstHint).not.toBe('kinds-hint');
			expect(body).toContain(`id="${firstHint}">Aide de A`);
			expect(attribute(body, 'input', 'id="kinds-1"', 'aria-describedby')).toBeUndefined();
		}
	);

	const field = { label: 'Champ', name: 'f', hint: 'Aide', error: 'Erreur' };
	it.each([
		['TextField', () => render(TextField, { props: field })],
		['SelectField', () => render(SelectField, { props: { ...field, options: [] } })],
		['TextAreaField', () => render(TextAreaField, { props: field })],
		['CheckboxField', () => render(CheckboxField, { props: field })]
	] as const)('%s: described by its hint, then its error, each id once', (_, renderField) => {
		const { body } = renderField();
		expect(duplicatesOf(idsOf(body))).toEqual([]);
		expect(body).toMatch(/<(input|select|textarea)\b[^>]*aria-describedby="f-hint f-error"/);
		expect(body).toMatch(/<label\b[^>]*for="f"/);
	});
});
