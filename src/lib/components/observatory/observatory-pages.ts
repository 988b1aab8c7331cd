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
