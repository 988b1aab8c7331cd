import type { ObservatoryView } from '$lib/observatory/observatory-view';
import type { PublishedTable, PublishedValue } from '$lib/observatory/published-table';

/** A hand-written view for the components' specs: shown, withheld and not given values. */
const count = (n: number): PublishedValue => ({ kind: 'count', n });
const share = (value: number): PublishedValue => ({ kind: 'share', value });
const s: PublishedValue = { kind: 'suppressed' };
const dash: PublishedValue = { kind: 'not_published' };

export const monthsTable: PublishedTable = {
	id: 'demandes-par-mois',
	title: 'Demandes reçues par mois',
	rowHeading: 'Mois',
	columns: [{ key: 'requests', label: 'Demandes' }],
	rows: [
		{ key: '2026-01', label: 'janvier 2026', values: [count(40)] },
		{ key: '2026-02', label: 'février 2026', values: [count(20)] },
		{ key: '2026-03', label: 'mars 2026', values: [s] },
		{ key: '2026-04', label: 'avril 2026', values: [count(1234)] },
		{ key: 'total', label: 'Total', isTotal: true, values: [s] }
	],
	summary: '1 294 demandes au moins de janvier à avril 2026 ; avril en compte le plus.',
	chart: { kind: 'columns', column: 'requests' },
	threshold: 5
};

export const ageTable: PublishedTable = {
	id: 'age-des-enfants',
	title: 'Âge des enfants à la demande',
	rowHeading: 'Âge',
	columns: [
		{ key: 'requests', label: 'Demandes' },
		{ key: 'share', label: 'Part' }
	],
	rows: [
		{ key: 'under_6m', label: 'Moins de 6 mois', values: [count(30), share(0.6)] },
		{
			key: 'm6_12',
			label:
				'De 6 mois à 1 an, un libellé assez long pour devoir passer à la ligne sur un téléphone',
			values: [count(15), share(0.3)]
		},
		{ key: 'y1_3', label: 'De 1 à 3 ans', values: [s, dash] },
		{ key: 'y3_plus', label: '3 ans et plus', values: [s, dash] },
		{ key: 'total', label: 'Total', isTotal: true, values: [count(50), share(1)] }
	],
	summary: 'Six demandes sur dix concernent un enfant de moins de 6 mois.',
	chart: { kind: 'bars', column: 'share' },
	threshold: 5
};

export const tableWithoutChart: PublishedTable = {
	id: 'delai-de-solution',
	title: 'Délai avant une solution',
	rowHeading: 'Période',
	columns: [
		{ key: 'found', label: 'Solutions' },
		{ key: 'median_weeks', label: 'Délai médian' }
	],
	rows: [{ key: 'year', label: 'Année', values: [count(25), { kind: 'weeks', value: 6.5 }] }],
	summary: 'La moitié des familles trouvent en six semaines et demie au plus.',
	chart: { kind: 'none', column: 'found' },
	threshold: 5
};

export const fixtureView: ObservatoryView = {
	territory: { kind: 'relay', name: 'Relais Petite Enfance Vilaine Ouest' },
	period: { year: 2026, months: 10 },
	years: [2026, 2025, 2024],
	refreshedAt: '2026-11-30T02:00:00.000Z',
	overview: [
		{
			id: 'requests',
			label: 'Demandes reçues',
			value: count(1294),
			previous: count(1100),
			previousPeriod: 'janvier–octobre 2025',
			trend: 'up'
		},
		{
			id: 'share_within_7',
			label: 'Premier rendez-vous en 7 jours',
			value: share(0.82),
			previous: dash,
			previousPeriod: 'janvier–octobre 2025',
			trend: null
		}
	],
	sections: {
		demand: [monthsTable, ageTable],
		response: [],
		outcomes: [tableWithoutChart],
		tension: []
	}
};
