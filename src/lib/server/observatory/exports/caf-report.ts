import type {
	ObservatoryPeriod,
	ObservatoryTerritory,
	ObservatoryView
} from '$lib/observatory/observatory-view';
import type { PublishedColumn, PublishedValue } from '$lib/observatory/published-table';
import { figureOf, findTable } from './view-tables';

/**
 * The yearly activity report a relay sends the CAF, as a printable page. Every figure is
 * picked from the observatory's own tables by table id, row key and column key (`figureOf`),
 * never recounted: a figure withheld on the page ("s") is withheld here too.
 */

export interface CafReportRow {
	key: string;
	label: string;
	isTotal: boolean;
	values: PublishedValue[];
	/** Requests the year before, and the change: only when both years show the count. */
	previous?: PublishedValue | null;
	progression?: number | null;
}

export interface CafReportTable {
	/** The observatory table the figures come from. */
	id: string;
	title: string;
	rowHeading: string;
	columns: PublishedColumn[];
	rows: CafReportRow[];
}

export interface CafReport {
	territory: ObservatoryTerritory;
	period: ObservatoryPeriod;
	refreshedAt: string | null;
	/** The year compared with, when the two years are complete and comparable. */
	previousYear: number | null;
	channels: CafReportTable | null;
	appointments: CafReportTable | null;
	listsGiven: CafReportTable | null;
	outcomes: CafReportTable | null;
	solutions: CafReportTable | null;
	childminders: CafReportTable | null;
}

/** What the report shows of each table: which rows (all when omitted) and which columns. */
interface Selection {
	table: string;
	rows?: readonly string[];
	columns: readonly string[];
}

export const cafSelections = {
	// The single window centralises every channel: online here, monenfant.fr, phone, desk.
	channels: {
		table: 'demandes-par-canal',
		rows: ['online', 'monenfant', 'phone', 'desk', 'total'],
		columns: ['requests', 'share']
	},
	appointments: {
		table: 'premier-rendez-vous',
		rows: ['year'],
		columns: ['requests', 'held', 'within_7', 'share_within_7', 'median_days']
	},
	listsGiven: {
		table: 'listes-remises',
		rows: ['yes', 'no', 'total'],
		columns: ['requests', 'share']
	},
	outcomes: {
		table: 'issues',
		rows: ['found', 'none', 'closed', 'open', 'total'],
		columns: ['requests', 'share']
	},
	solutions: { table: 'solutions-par-mode', columns: ['requests', 'share'] },
	childminders: {
		table: 'assistantes-maternelles',
		rows: ['active', 'up_to_date'],
		columns: ['childminders']
	}
} as const satisfies Record<string, Selection>;

/** The figures of one selection, each cell read by `figureOf`; null when the view lacks the table. */
export function selectFigures(view: ObservatoryView, selection: Selection): CafReportTable | null {
	const table = findTable(view, selection.table);
	if (!table) return null;
	const columns = selection.columns.flatMap((key) => table.columns.filter((c) => c.key === key));
	const rows = (selection.rows ?? table.rows.map((r) => r.key)).flatMap((key) => {
		const row = table.rows.find((r) => r.key === key);
		if (!row) return [];
		return [
			{
				key,
				label: row.label,
				isTotal: row.isTotal === true,
				values: columns.map((c) => figureOf(table, key, c.key) ?? notPublished)
			}
		];
	});
	return { id: table.id, title: table.title, rowHeading: table.rowHeading, columns, rows };
}

const notPublished: PublishedValue = { kind: 'not_published' };

/**
 * The change from `previous` to `current` (0.12 for +12 %): only when both are shown counts
 * and the previous one is not zero.
 */
export function progression(
	current: PublishedValue | null,
	previous: PublishedValue | null
): number | null {
	if (current?.kind !== 'count' || previous?.kind !== 'count' || previous.n === 0) return null;
	return (current.n - previous.n) / previous.n;
}

/** Two years compare only when both are complete: a partial year against a whole one says nothing. */
const comparable = (
	current: ObservatoryView,
	previous: ObservatoryView | null
): previous is ObservatoryView =>
	previous !== null &&
	previous.period.year === current.period.year - 1 &&
	current.period.months === 12 &&
	previous.period.months === 12;

export function cafReport(current: ObservatoryView, previous: ObservatoryView | null): CafReport {
	const compared = comparable(current, previous) ? previous : null;
	const channels = selectFigures(current, cafSelections.channels);
	const previousChannels = compared && findTable(compared, cafSelections.channels.table);
	return {
		territory: current.territory,
		period: current.period,
		refreshedAt: current.refreshedAt,
		previousYear: compared ? compared.period.year : null,
		channels: channels && {
			...channels,
			rows: channels.rows.map((row) => {
				if (!compared) return row;
				const now = figureOf(findTable(current, channels.id), row.key, 'requests');
				const before = figureOf(previousChannels ?? null, row.key, 'requests');
				return { ...row, previous: before, progression: progression(now, before) };
			})
		},
		appointments: selectFigures(current, cafSelections.appointments),
		listsGiven: selectFigures(current, cafSelections.listsGiven),
		outcomes: selectFigures(current, cafSelections.outcomes),
		solutions: selectFigures(current, cafSelections.solutions),
		childminders: selectFigures(current, cafSelections.childminders)
	};
}
