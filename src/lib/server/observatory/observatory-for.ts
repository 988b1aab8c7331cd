import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import type { ObservatoryView } from '$lib/observatory/observatory-view';
import { loadObservatory } from './load-observatory';
import { observatoryScopeOf } from './observatory-scope';

/**
 * What one person's observatory pages show: their own territory (observatoryScopeOf), for the
 * year asked if it is one of the years counted, else the most recent one (loadObservatory).
 */
export function observatoryFor(
	db: Db,
	user: SessionUser,
	year: number | null,
	now = new Date()
): Promise<ObservatoryView> {
	return loadObservatory(db, observatoryScopeOf(user), year, now);
}
