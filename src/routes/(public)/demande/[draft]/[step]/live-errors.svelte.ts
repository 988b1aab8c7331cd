import type { FieldErrors, RawFields } from '$lib/forms/parse-form';
import type { StepValidator } from './step-validation';

/**
 * The message shown at each field: the server's, from the last press of a button, updated
 * while the person fills the form (a field that was left wrong gets its message, a field put
 * right loses it). Typing is never blocked, and nothing moves the focus.
 */
export class LiveErrors {
	#server: () => FieldErrors | undefined;
	#validate: () => StepValidator | null;
	/** The fields the person filled or chose (not reactive: only `check` reads it). */
	#touched: Record<string, true> = {};
	/** The messages found in the browser, for the server's answer they were found after. */
	#live: { source: FieldErrors | undefined; map: Record<string, string | null> } = $state.raw({
		source: undefined,
		map: {}
	});

	constructor(server: () => FieldErrors | undefined, validate: () => StepValidator | null) {
		this.#server = server;
		this.#validate = validate;
	}

	/** After a new answer of the server, its messages count again. */
	#current(): Record<string, string | null> {
		return this.#live.source === this.#server() ? this.#live.map : {};
	}

	of(name: string): string | undefined {
		const live = this.#current();
		if (name in live) return live[name] ?? undefined;
		return this.#server()?.[name];
	}

	/**
	 * Checks the step again after `name` changed. `filled`: the person typed or chose
	 * something there; a field only crossed on the way (Tab through an empty field) stays
	 * quiet until the person presses a button.
	 */
	check(raw: RawFields, name: string, filled: boolean) {
		const validate = this.#validate();
		if (!validate) return;
		if (filled) this.#touched[name] = true;
		const server = this.#server();
		const current = this.#current();
		const errors = validate(raw);
		// Shown: the fields the person reached, the ones the server found wrong (their messages
		// stay until put right) and the ones already updated here.
		const shown = [
			...Object.keys(this.#touched),
			...Object.keys(server ?? {}),
			...Object.keys(current)
		];
		const map: Record<string, string | null> = { ...current };
		for (const field of shown) {
			if (field !== 'form') map[field] = errors[field] ?? null;
		}
		this.#live = { source: server, map };
	}
}
