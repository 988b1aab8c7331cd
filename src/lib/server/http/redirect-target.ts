/**
 * A redirect target taken from the address (`?redirectTo=`) is accepted only when it is a
 * path of this site: one leading `/`, then no `/` or `\` right after it, no backslash and no
 * control character anywhere. Browsers drop tabs and line breaks from a URL and read `\` as
 * `/`, so `/\t/evil.example` would otherwise lead to another origin (and a line break in a
 * `Location` header is a 500). Anything else is refused: the caller then goes to its default.
 */
export function safeRedirectTarget(raw: string | null | undefined): string | null {
	if (!raw || raw.length > 2000) return null;
	if (raw[0] !== '/' || raw[1] === '/' || raw[1] === '\\') return null;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F\\]/.test(raw)) return null;
	// A last check by the URL parser itself: the target must stay on the same origin.
	const base = 'http://guichet.invalid';
	let resolved: URL;
	try {
		resolved = new URL(raw, base);
	} catch {
		return null;
	}
	// The parser's own form is percent-encoded: a `Location` header takes no other characters.
	return resolved.origin === base ? resolved.pathname + resolved.search : null;
}
