/**
 * A name as a part of an address or a file name: lower case, accents dropped, anything else
 * a hyphen, at most 60 characters; `fallback` when nothing is left (`vallee-de-la-seiche`).
 */
export function slugify(name: string, fallback: string): string {
	const slug = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}
