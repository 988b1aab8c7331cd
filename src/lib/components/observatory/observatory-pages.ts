import type { ObservatorySection, ObservatoryView } from '$lib/observatory/observatory-view';

/** What every observatory page says at its top: whose figures, for when, as of when. */
export type ObservatoryHeading = Pick<
	ObservatoryView,
	'territory' | 'period' | 'years' | 'refreshedAt'
>;

/** The address of each section's page. */
export const sectionPaths = {
	demand: '/observatoire/demande',
	response: '/observatoire/reponse',
	outcomes: '/observatoire/issues',
	tension: '/observatoire/tension'
} as const satisfies Record<ObservatorySection, string>;

export const METHOD_PATH = '/observatoire/methode';
export const OVERVIEW_PATH = '/observatoire';

/** The downloads, all cut from the same view as the pages (server/observatory/exports). */
export const tableCsvPath = (tableId: string) =>
	`/observatoire/export/${encodeURIComponent(tableId)}.csv`;
export const WORKBOOK_PATH = '/observatoire/export.xlsx';
export const OPEN_DATA_PATH = '/observatoire/donnees-ouvertes.csv';
export const DATA_PACKAGE_PATH = '/observatoire/datapackage.json';
export const CAF_REPORT_PATH = '/observatoire/rapport-caf';
