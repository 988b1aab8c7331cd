import type { Handle, RequestEvent } from '@sveltejs/kit';

/** Every body but the import's: as adapter-node's default, what any form of the portal needs. */
export const DEFAULT_BODY_LIMIT = 512 * 1024;

/**
 * The import of the directory's lists: a file of up to 15 MB (a département's list of 10,000
 * childminders is about 1.5 MB) and the multipart envelope around it. adapter-node's own
 * BODY_SIZE_LIMIT is raised to this (scripts/start.js) so that this handle decides per route.
 */
export const IMPORT_UPLOAD_BODY_LIMIT = 16 * 1024 * 1024;

/** The one route and action that receives a large file: the import page's upload. */
const IMPORT_UPLOAD_ROUTE = '/(coordinator)/territoire/annuaire';
const IMPORT_UPLOAD_ACTION = '/upload';

/** The largest body this request may carry. */
export function bodyLimitOf(event: Pick<RequestEvent, 'route' | 'url' | 'request'>): number {
	const isUpload =
		event.request.method === 'POST' &&
		event.route.id === IMPORT_UPLOAD_ROUTE &&
		event.url.searchParams.has(IMPORT_UPLOAD_ACTION);
	return isUpload ? IMPORT_UPLOAD_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

/** The error a body stream fails with past the limit: readForm turns its status into a 413. */
const tooLarge = () => Object.assign(new Error('Payload Too Large'), { status: 413 });

/** Counts the bytes as they are read, and stops the stream at the first byte over `limit`. */
function countedBody(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
	let read = 0;
	return body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				read += chunk.byteLength;
				if (read > limit) controller.error(tooLarge());
				else controller.enqueue(chunk);
			}
		})
	);
}

/**
 * An answer sent before the body is read: the unread bytes are still on their way, so the
 * connection is closed after it instead of being reused (the client's next request on a kept
 * connection would otherwise meet the rest of this body and be reset).
 */
function refusal(status: 400 | 413, message: string): Response {
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }
	});
}

/**
 * Refuses, before anything reads it, a body larger than its route allows: at once (413) when
 * its content-length says so, and by counting when it comes chunked without one.
 */
export const handleBodyLimit: Handle = ({ event, resolve }) => {
	const { request } = event;
	if (!request.body) return resolve(event);
	const limit = bodyLimitOf(event);
	const declared = request.headers.get('content-length');
	if (declared !== null) {
		const length = Number(declared);
		// handleLocale ran first: the refusal speaks the page's language.
		const texts = event.locals.t.common.error;
		if (!Number.isFinite(length) || length < 0) return refusal(400, texts.badRequest);
		if (length > limit) return refusal(413, texts.tooLarge);
		return resolve(event);
	}
	event.request = new Request(request.url, {
		method: request.method,
		headers: request.headers,
		body: countedBody(request.body, limit),
		signal: request.signal,
		duplex: 'half'
	} as RequestInit);
	return resolve(event);
};
