import { slugify } from '$lib/slug';
import type { ObservatoryView } from '$lib/observatory/observatory-view';

/** A territory's name as a file name part: lower case, no accents, hyphens (`vallee-de-la-seiche`). */
export const territorySlug = (name: string): string => slugify(name, 'territoire');

/** `observatoire-<territory>-<year>-<what>.<ext>`: several downloads never overwrite each other. */
export const exportFileName = (view: ObservatoryView, what: string, extension: string): string =>
	`observatoire-${territorySlug(view.territory.name)}-${view.period.year}-${what}.${extension}`;

/** The header that makes a browser save the answer under that name. */
export const attachment = (fileName: string): string => `attachment; filename="${fileName}"`;
