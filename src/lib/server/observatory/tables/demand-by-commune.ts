import type { PublishedRow } from '$lib/observatory/published-table';
import { m } from '$lib/i18n';
import { NO_EPCI, type TerritoryCommune } from '../territory-counts';
import { cellKey, countValue, K } from './table-values';
import { withWithheld } from './summaries';
import { quarterKey, yearKey, type TableCut, type YearContext } from './year-context';

const words = m.observatoryTables;

/** Fewer requests than this in the year: the commune is counted in "other communes". */
export const MERGE_BELOW = 5;

interface EpciGroup {
	code: string;
	name: string;
	shown: TerritoryCommune[];
	merged: TerritoryCommune[];
}

/**
 * `demandes-par-commune`: requests by commune of residence and quarter. A commune with fewer
 * than 5 requests in the year is merged into its EPCI's "other communes"; when the territory
 * spans several EPCIs each has its subtotal row. Lines: each row's year is the sum of its
 * quarters; each column's EPCI subtotal the sum of its communes, the territory's the sum of
 * its EPCIs — the same quarter and year cells as the requests over time.
 */
export function demandByCommune(ctx: YearContext): TableCut {
	const b = ctx.builder;
	const periods = [
		...ctx.quarters.map((q) => ({ key: quarterKey(ctx, q.quarter), months: q.months })),
		{ key: yearKey(ctx), months: ctx.months }
	];
	const requestsOf = (communes: readonly TerritoryCommune[], months: readonly string[]) =>
		communes.reduce(
			(acc, c) => acc + ctx.counts.communeSum(c.inseeCode, 'requests', 'all', months),
			0
		);

	const groups = new Map<string, EpciGroup>();
	for (const commune of ctx.counts.communes) {
		const group = groups.get(commune.epciCode) ?? {
			code: commune.epciCode,
			name: commune.epciName,
			shown: [],
			merged: []
		};
		const merged = requestsOf([commune], ctx.months) < MERGE_BELOW;
		(merged ? group.merged : group.shown).push(commune);
		groups.set(commune.epciCode, group);
	}
	// An EPCI with no request in the year adds only rows of zeros: left out (its zeros change
	// no sum).
	const epciGroups = [...groups.values()]
		.filter((group) => requestsOf([...group.shown, ...group.merged], ctx.months) > 0)
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	const severalEpcis = epciGroups.length > 1;

	// Declares one row's cells for every period, and the row's own line (year = Σ quarters).
	const declareRow = (place: string, communes: readonly TerritoryCommune[]) => {
		for (const period of periods) {
			b.cell(cellKey('requests', 'all', period.key, place), requestsOf(communes, period.months), K);
		}
		b.line(
			cellKey('requests', 'all', yearKey(ctx), place),
			ctx.quarters.map((q) => cellKey('requests', 'all', quarterKey(ctx, q.quarter), place)),
			false
		);
	};
	const otherPlace = (group: EpciGroup) => `other:${group.code}`;
	const epciPlace = (group: EpciGroup) => `e:${group.code}`;
	for (const group of epciGroups) {
		for (const commune of group.shown) declareRow(`c:${commune.inseeCode}`, [commune]);
		if (group.merged.length > 0) declareRow(otherPlace(group), group.merged);
		if (severalEpcis) declareRow(epciPlace(group), [...group.shown, ...group.merged]);
	}
	const placesOf = (group: EpciGroup) => [
		...group.shown.map((c) => `c:${c.inseeCode}`),
		...(group.merged.length > 0 ? [otherPlace(group)] : [])
	];
	for (const period of periods) {
		const territoryTotal = cellKey('requests', 'all', period.key);
		if (severalEpcis) {
			for (const group of epciGroups) {
				b.line(
					cellKey('requests', 'all', period.key, epciPlace(group)),
					placesOf(group).map((place) => cellKey('requests', 'all', period.key, place)),
					false
				);
			}
			b.line(
				territoryTotal,
				epciGroups.map((g) => cellKey('requests', 'all', period.key, epciPlace(g))),
				false
			);
		} else {
			b.line(
				territoryTotal,
				epciGroups.flatMap(placesOf).map((place) => cellKey('requests', 'all', period.key, place)),
				false
			);
		}
	}

	return (grid) => {
		const rowOf = (
			key: string,
			label: string,
			place: string | null,
			isTotal = false
		): PublishedRow => ({
			key,
			label,
			...(isTotal ? { isTotal } : {}),
			values: periods.map((p) =>
				countValue(grid, cellKey('requests', 'all', p.key, ...(place === null ? [] : [place])))
			)
		});
		const rows: PublishedRow[] = [];
		for (const group of epciGroups) {
			for (const commune of group.shown)
				rows.push(rowOf(`c:${commune.inseeCode}`, commune.name, `c:${commune.inseeCode}`));
			if (group.merged.length > 0) {
				const label = severalEpcis
					? words.otherCommunesOf(group.code === NO_EPCI ? words.noEpci : group.name)
					: words.otherCommunes;
				rows.push(rowOf(otherPlace(group), label, otherPlace(group)));
			}
			if (severalEpcis) {
				const name = group.code === NO_EPCI ? words.noEpci : group.name;
				rows.push(rowOf(epciPlace(group), words.epciSubtotal(name), epciPlace(group), true));
			}
		}
		rows.push(rowOf('total', words.total, null, true));
		const shownCommunes = epciGroups.reduce((acc, g) => acc + g.shown.length, 0);
		return {
			id: 'demandes-par-commune',
			title: words.tables.demandByCommune.title,
			rowHeading: words.tables.demandByCommune.rowHeading,
			columns: [
				...ctx.quarters.map((q) => {
					const first = Number(q.months[0]?.slice(5, 7));
					const last = Number(q.months.at(-1)?.slice(5, 7));
					return {
						key: `Q${q.quarter}`,
						label: words.quarter(q.quarter, q.months.length < 3, first, last)
					};
				}),
				{ key: 'year', label: words.year(ctx.year), isTotal: true }
			],
			rows,
			summary: withWithheld([words.summary.communes(shownCommunes)], { rows }),
			chart: { kind: 'bars', column: 'year' },
			threshold: K
		};
	};
}
