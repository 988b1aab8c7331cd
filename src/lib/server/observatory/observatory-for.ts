import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import type { ObservatoryView } from '$lib/observatory/observatory-view';
import { loadObservatory } from './load-observatory';
import { observatoryScopeOf } from './observatory-scope';

/**
 * What one person's observatory pages show: their own territory (observatoryScopeOf), for the
 * year asked if it is one of the years offered, else the most recent one.
 */
export async function observatoryFor(
	db: Db,
	user: SessionUser,
	year: number | null,
	now = new Date()
): Promise<ObservatoryView> {
	const scope = observatoryScopeOf(user);
	const view = await loadObservatory(db, scope, year ?? now.getUTCFullYear(), now);
	const latest = view.years[0];
	if (latest === undefined || view.years.includes(view.period.year)) return view;
	return loadObservatory(db, scope, latest, now);
}
