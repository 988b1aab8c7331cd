import type { RawFields } from '$lib/forms/parse-form';

/**
 * Reading what the server kept of a step (`data.values`: the fields as they were sent, a name
 * sent several times being a list), to refill the form.
 */
export function textOf(values: RawFields, name: string): string {
	const value = values[name];
	return typeof value === 'string' ? value : (value?.[0] ?? '');
}

export function listOf(values: RawFields, name: string): string[] {
	const value = values[name];
	return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A box that was ticked: the form sends "on" for it, nothing otherwise. */
export const isTicked = (values: RawFields, name: string) => textOf(values, name) === 'on';
