import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';

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
 *
 * Its refusals speak the language of the page that posted (the family's on a family page,
 * French on a staff page): the catalogue of the request being served, `locals.t`.
 */
export async function readForm(request: Request): Promise<FormData> {
	const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
	if (mediaType === URLENCODED) return readUrlEncoded(await readText(request));
	if (mediaType === MULTIPART) return readMultipart(request);
	error(415, refusalTexts().unsupportedForm);
}

/** Read only when refusing: readForm always runs inside an action, during its request. */
const refusalTexts = () => getRequestEvent().locals.t.common.error;

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
		if (fields > MAX_FORM_FIELDS) error(400, refusalTexts().badForm);
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
	if (Array.from(form.keys()).length > MAX_FORM_FIELDS) error(400, refusalTexts().badForm);
	return form;
}

/** adapter-node stops reading a body over BODY_SIZE_LIMIT with a 413; anything else is 400. */
function refuseUnreadable(cause: unknown): never {
	const tooLarge =
		typeof cause === 'object' && cause !== null && 'status' in cause && cause.status === 413;
	if (tooLarge) error(413, refusalTexts().tooLarge);
	error(400, refusalTexts().badForm);
}
