import type { ObservatoryView } from '$lib/observatory/observatory-view';
import type { Db } from '../../db/types';
import { loadObservatory } from '../load-observatory';
import type { ObservatoryScope } from '../observatory-scope';
import { defaultYear } from './export-request';

/**
 * The view an export is cut from: the same `loadObservatory` as the pages, so every status is
 * theirs. Null when the year is not one the territory offers (the route answers 404).
 */
export async function loadExportView(
	db: Db,
	scope: ObservatoryScope,
	year: number | undefined,
	now = new Date()
): Promise<ObservatoryView | null> {
	const view = await loadObservatory(db, scope, year ?? defaultYear(now), now);
	return view.years.includes(view.period.year) ? view : null;
}
