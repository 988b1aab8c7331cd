import type { Db } from '../../db/types';
import { loadObservatory } from '../load-observatory';
import type { ObservatoryScope } from '../observatory-scope';
import { dataPackage, type DataPackage } from './data-package';
import { territorySlug } from './export-file-name';
import { openDataCsv } from './open-data';
import { territoryCodeOf } from './relays-in-scope';
import { defaultYear } from './export-request';

export interface OpenData {
	csv: string;
	datapackage: DataPackage;
}

/** The open-data file of a territory, every year it offers, and the package describing it. */
export async function loadOpenData(
	db: Db,
	scope: ObservatoryScope,
	now = new Date()
): Promise<OpenData> {
	const latest = await loadObservatory(db, scope, defaultYear(now), now);
	const views = await Promise.all(
		latest.years.map((year) =>
			year === latest.period.year ? latest : loadObservatory(db, scope, year, now)
		)
	);
	const code = await territoryCodeOf(db, scope);
	return {
		csv: openDataCsv(views, code),
		datapackage: dataPackage(territorySlug(latest.territory.name), latest.refreshedAt)
	};
}
