import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';

/**
 * The most fields any form of the portal sends is about a hundred (the request's weekly grid
 * and its lists of checkboxes); ten times that is still a person, more is a tool.
 */
export const MAX_FORM_FIELDS = 1000;

const URLENCODED = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/**
 * The body of a form post, read once, with the limits checked before the work: a form of
 * another kind answers 415 (SvelteKit lets `text/plain` through to the action), a body that
 * does not parse or carries more than MAX_FORM_FIELDS fields answers 400. adapter-node has
 * already refused a body over BODY_SIZE_LIMIT (413).
 *
 * Every form action reads its body through this function (a test reads the routes for it):
 * `request.formData()` alone would turn a malformed body into a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
	const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
	if (mediaType === URLENCODED) return readUrlEncoded(await readText(request));
	if (mediaType === MULTIPART) return readMultipart(request);
	error(415, m.common.error.unsupportedForm);
}

async function readText(request: Request): Promise<string> {
	try {
		return await request.text();
	} catch (cause) {
		refuseUnreadable(cause);
	}
}

/** Counts the separators first (one pass), and parses only a body of a plausible size. */
function readUrlEncoded(body: string): FormData {
	let fields = body.length === 0 ? 0 : 1;
	for (let at = body.indexOf('&'); at !== -1; at = body.indexOf('&', at + 1)) {
		fields += 1;
		if (fields > MAX_FORM_FIELDS) error(400, m.common.error.badForm);
	}
	const form = new FormData();
	for (const [name, value] of new URLSearchParams(body)) form.append(name, value);
	return form;
}

async function readMultipart(request: Request): Promise<FormData> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (cause) {
		refuseUnreadable(cause);
	}
	if (Array.from(form.keys()).length > MAX_FORM_FIELDS) error(400, m.common.error.badForm);
	return form;
}

/** adapter-node stops reading a body over BODY_SIZE_LIMIT with a 413; anything else is 400. */
function refuseUnreadable(cause: unknown): never {
	const tooLarge =
		typeof cause === 'object' && cause !== null && 'status' in cause && cause.status === 413;
	if (tooLarge) error(413, m.common.error.tooLarge);
	error(400, m.common.error.badForm);
}
