import type { core } from 'zod';
import { z } from './zod';

type Shape = Record<string, z.ZodType>;
type OptionalKeys<S extends Shape> = {
	[K in keyof S]: undefined extends z.output<S[K]> ? K : never;
}[keyof S];
/** What the fields give once each parsed: a field that may be absent is an optional key. */
export type FieldsOutput<S extends Shape> = {
	[K in Exclude<keyof S, OptionalKeys<S>>]: z.output<S[K]>;
} & { [K in OptionalKeys<S>]?: z.output<S[K]> };
type Output<S extends Shape> = { [K in keyof S]: z.output<S[K]> };
type AddIssue = (path: string, message: string) => void;

/**
 * An object schema that checks every field on its own and then the rules across fields,
 * always, so that a person sees every error of a step at once instead of in two rounds
 * (zod skips an object's refinements while one of its fields is invalid). The rules get
 * the fields that parsed (others are undefined) and the raw input.
 *
 * `error` words zod's own issues of the fields (localeErrorFor): zod hands a parse's options
 * to no transform, so the fields, parsed in here, get it from the schema itself.
 */
export function fieldwise<S extends Shape, R = Output<S>>(
	shape: S,
	rules: (values: Partial<Output<S>>, raw: Record<string, unknown>, addIssue: AddIssue) => R = (
		v
	) => v as R,
	options: { error?: core.$ZodErrorMap } = {}
) {
	return z.record(z.string(), z.unknown()).transform((raw, ctx) => {
		const values: Partial<Output<S>> = {};
		let valid = true;
		for (const key of Object.keys(shape) as (keyof S & string)[]) {
			const schema = shape[key];
			if (!schema) continue;
			const result = schema.safeParse(raw[key], { error: options.error });
			if (result.success) {
				values[key] = result.data as Output<S>[typeof key];
			} else {
				valid = false;
				for (const issue of result.error.issues) {
					ctx.addIssue({
						code: 'custom',
						path: [key, ...issue.path.map(String)],
						message: issue.message
					});
				}
			}
		}
		const addIssue: AddIssue = (path, message) => {
			valid = false;
			ctx.addIssue({ code: 'custom', path: [path], message });
		};
		const output = rules(values, raw, addIssue);
		// With any issue zod reports failure and this value is discarded; when there is
		// none, every field parsed and `values` is complete.
		return valid ? output : (z.NEVER as R);
	});
}
