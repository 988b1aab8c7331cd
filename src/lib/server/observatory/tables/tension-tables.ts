import type { PublishedRow } from '$lib/observatory/published-table';
import { tensionSlots } from '$lib/observatory/measures';
import { m } from '$lib/i18n';
import type { ProtectedGrid } from '../protection/grid';
import type { TerritoryCommune } from '../territory-counts';
import { MERGE_BELOW } from './demand-by-commune';
import { cellKey, countValue, K, K_NOT_FAMILIES, ratioValue } from './table-values';
import { countWords, withWithheld } from './summaries';
import type { TableCut, YearContext } from './year-context';

const words = m.observatoryTables;
const tables = words.tables;
const NOW = 'now';

/**
 * The tension section, counted at the last refresh whatever the year: open requests against
 * the places childminders declared free, by commune and by slot; and the childminders whose
 * availability is up to date. Free places and childminders are not families: never withheld.
 */
export function tensionTables(ctx: YearContext): TableCut[] {
	return [byCommune(ctx), bySlot(ctx), childminderCounts(ctx)];
}

function byCommune(ctx: YearContext): TableCut {
	const b = ctx.builder;
	const now = [ctx.snapshotMonth];
	const sumOf = (communes: readonly TerritoryCommune[], measure: string) =>
		communes.reduce((acc, c) => acc + ctx.counts.communeSum(c.inseeCode, measure, 'any', now), 0);
	const shown = ctx.counts.communes.filter((c) => sumOf([c], 'tension_open') >= MERGE_BELOW);
	const merged = ctx.counts.communes.filter((c) => sumOf([c], 'tension_open') < MERGE_BELOW);
	const places = [
		...shown.map((c) => ({ place: `c:${c.inseeCode}`, label: c.name, communes: [c] })),
		...(merged.length > 0 ? [{ place: 'other', label: words.otherCommunes, communes: merged }] : [])
	];
	for (const measure of ['tension_open', 'tension_free'] as const) {
		const k = measure === 'tension_open' ? K : K_NOT_FAMILIES;
		const total = b.cell(cellKey(measure, 'any', NOW), ctx.counts.sum(measure, 'any', now), k);
		const members = places.map((p) =>
			b.cell(cellKey(measure, 'any', NOW, p.place), sumOf(p.communes, measure), k)
		);
		b.line(total, members, false);
	}
	return (grid: ProtectedGrid) => {
		const rowOf = (
			key: string,
			label: string,
			place: string | null,
			isTotal = false
		): PublishedRow => {
			const at = (measure: string) =>
				cellKey(measure, 'any', NOW, ...(place === null ? [] : [place]));
			return {
				key,
				label,
				...(isTotal ? { isTotal } : {}),
				values: [
					countValue(grid, at('tension_open')),
					countValue(grid, at('tension_free')),
					ratioValue(grid, at('tension_free'), at('tension_open'))
				]
			};
		};
		const rows = [
			...places.map((p) => rowOf(p.place, p.label, p.place)),
			rowOf('total', words.total, null, true)
		];
		const total = rows.at(-1);
		const [open, free] = [countWords(total?.values[0]), countWords(total?.values[1])];
		return {
			id: 'tension-par-commune',
			title: tables.tensionByCommune.title,
			rowHeading: tables.tensionByCommune.rowHeading,
			columns: [
				{ key: 'open', label: words.columns.openRequests },
				{ key: 'free', label: words.columns.freePlaces },
				{ key: 'ratio', label: words.columns.ratio }
			],
			rows,
			summary: withWithheld(
				open !== null && free !== null ? [words.summary.tension(open, free)] : [],
				{
					rows
				}
			),
			chart: { kind: 'bars', column: 'open' },
			threshold: K
		};
	};
}

/**
 * By slot: the requests needing a slot and those not needing it are a line of all open
 * requests (the second is not printed, but anyone can subtract it: it is protected too).
 */
function bySlot(ctx: YearContext): TableCut {
	const b = ctx.builder;
	const now = [ctx.snapshotMonth];
	const all = cellKey('tension_open', 'any', NOW);
	for (const slot of tensionSlots) {
		const open = ctx.counts.sum('tension_open', slot, now);
		b.cell(
			cellKey('tension_free', slot, NOW),
			ctx.counts.sum('tension_free', slot, now),
			K_NOT_FAMILIES
		);
		if (slot === 'any') continue;
		const needing = b.cell(cellKey('tension_open', slot, NOW), open, K);
		const notNeeding = b.cell(
			cellKey('tension_open', `not_${slot}`, NOW),
			ctx.counts.sum('tension_open', 'any', now) - open,
			K
		);
		b.line(all, [needing, notNeeding], true);
	}
	return (grid) => {
		const rows: PublishedRow[] = tensionSlots.map((slot) => ({
			key: slot,
			label: words.slots[slot],
			...(slot === 'any' ? { isTotal: true } : {}),
			values: [
				countValue(grid, cellKey('tension_open', slot, NOW)),
				countValue(grid, cellKey('tension_free', slot, NOW)),
				ratioValue(grid, cellKey('tension_free', slot, NOW), cellKey('tension_open', slot, NOW))
			]
		}));
		return {
			id: 'tension-par-creneau',
			title: tables.tensionBySlot.title,
			rowHeading: tables.tensionBySlot.rowHeading,
			columns: [
				{ key: 'open', label: words.columns.openRequests },
				{ key: 'free', label: words.columns.freePlaces },
				{ key: 'ratio', label: words.columns.ratio }
			],
			rows,
			summary: withWithheld([], { rows }),
			chart: { kind: 'bars', column: 'open' },
			threshold: K
		};
	};
}

function childminderCounts(ctx: YearContext): TableCut {
	const categories = ['active', 'up_to_date'] as const;
	for (const category of categories) {
		ctx.builder.cell(
			cellKey('childminders', category, NOW),
			ctx.counts.sum('childminders', category, [ctx.snapshotMonth]),
			K_NOT_FAMILIES
		);
	}
	return (grid) => {
		const rows: PublishedRow[] = categories.map((category) => ({
			key: category,
			label: words.childminders[category],
			values: [countValue(grid, cellKey('childminders', category, NOW))]
		}));
		const [active, upToDate] = rows.map((row) => countWords(row.values[0]));
		return {
			id: 'assistantes-maternelles',
			title: tables.childminders.title,
			rowHeading: tables.childminders.rowHeading,
			columns: [{ key: 'childminders', label: words.columns.childminders }],
			rows,
			summary: active && upToDate ? words.summary.childminders(active, upToDate) : '',
			chart: { kind: 'bars', column: 'childminders' },
			threshold: K_NOT_FAMILIES
		};
	};
}
