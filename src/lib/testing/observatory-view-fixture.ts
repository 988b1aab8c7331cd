import type { ObservatoryView } from '$lib/observatory/observatory-view';
import type {
	PublishedColumn,
	PublishedRow,
	PublishedTable,
	PublishedValue
} from '$lib/observatory/published-table';

/*
 * Hand-written observatory views for the exports' unit specs: a few tables of the catalogue
 * (ids, row and column keys as `loadObservatory` gives them) with shown, withheld ("s") and
 * not-given values, and labels that need quoting in a CSV.
 */

export const count = (n: number): PublishedValue => ({ kind: 'count', n });
export const s: PublishedValue = { kind: 'suppressed' };
export const share = (value: number): PublishedValue => ({ kind: 'share', value });
export const notPublished: PublishedValue = { kind: 'not_published' };
export const days = (value: number): PublishedValue => ({ kind: 'days', value });

const columns = (...keys: string[]): PublishedColumn[] =>
	keys.map((key) => ({ key, label: key === 'year' ? 'Année' : key, isTotal: key === 'year' }));

const row = (key: string, label: string, values: PublishedValue[]): PublishedRow => ({
	key,
	label,
	isTotal: key === 'total' || key === 'year' || key.startsWith('e:'),
	values
});

export function fixtureTable(
	id: string,
	columnKeys: string[],
	rows: PublishedRow[],
	threshold = 5
): PublishedTable {
	return {
		id,
		title: `Tableau ${id}`,
		rowHeading: 'Catégorie',
		columns: columns(...columnKeys),
		rows,
		summary: '',
		chart: { kind: 'none', column: columnKeys[0] ?? '' },
		threshold
	};
}

/** One relay's view of `year`; `scale` multiplies the counts (a previous year's view). */
export function fixtureView(year = 2026, scale = 1): ObservatoryView {
	const n = (value: number) => count(value * scale);
	return {
		territory: { kind: 'relay', name: 'Relais de la Vallée ; "Seiche"' },
		period: { year, months: 12 },
		years: [2026, 2025],
		refreshedAt: '2026-12-01T03:00:00.000Z',
		overview: [],
		sections: {
			demand: [
				fixtureTable(
					'demandes-par-commune',
					['Q1', 'Q2', 'Q3', 'Q4', 'year'],
					[
						row('c:35047', 'Bruz', [n(12), n(10), n(8), n(9), n(39)]),
						row('c:35066', 'Chartres-de-Bretagne', [n(6), s, s, n(7), n(20)]),
						row('other:243500139', 'Autres communes (Rennes Métropole)', [s, s, n(5), s, n(11)]),
						row('total', 'Total', [n(22), n(17), n(18), n(20), n(70)])
					]
				),
				fixtureTable(
					'demandes-par-canal',
					['requests', 'share'],
					[
						row('online', 'En ligne', [n(40), share(0.5714)]),
						row('phone', 'Téléphone', [n(20), share(0.2857)]),
						row('desk', 'Accueil', [s, notPublished]),
						row('monenfant', 'monenfant.fr', [s, notPublished]),
						row('total', 'Total', [n(70), share(1)])
					]
				)
			],
			response: [
				fixtureTable(
					'premier-rendez-vous',
					['requests', 'held', 'within_7', 'share_within_7', 'median_days'],
					[
						row('Q1', '1er trimestre', [n(22), n(20), n(15), share(0.75), days(4.5)]),
						row('year', 'Année', [n(70), n(60), n(45), share(0.75), days(5)])
					]
				)
			],
			outcomes: [
				fixtureTable(
					'issues',
					['requests', 'share'],
					[
						row('found', 'Solution trouvée', [n(40), share(0.5714)]),
						row('none', 'Sans solution', [n(20), share(0.2857)]),
						row('closed', 'Close', [s, notPublished]),
						row('open', 'En cours', [s, notPublished]),
						row('total', 'Total', [n(70), share(1)])
					]
				),
				fixtureTable(
					'solutions-par-mode',
					['requests', 'share'],
					[
						row('childminder', 'Assistante maternelle', [n(30), share(0.75)]),
						row('creche', 'Crèche', [n(10), share(0.25)]),
						row('total', 'Total', [n(40), share(1)])
					]
				),
				fixtureTable(
					'listes-remises',
					['requests', 'share'],
					[
						row('yes', 'Oui', [n(50), share(0.7143)]),
						row('no', 'Non', [n(20), share(0.2857)]),
						row('total', 'Total', [n(70), share(1)])
					]
				)
			],
			tension: [
				fixtureTable(
					'assistantes-maternelles',
					['childminders'],
					[
						row('active', 'En activité', [count(25)]),
						row('up_to_date', 'Disponibilités à jour', [count(18)])
					],
					1
				)
			]
		}
	};
}
