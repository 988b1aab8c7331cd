import type { PublishedTable, PublishedValue } from './published-table';

/** Whose figures: a relay's communes, an EPCI's, or the whole deployment. */
export type ObservatoryTerritoryKind = 'relay' | 'epci' | 'deployment';

export interface ObservatoryTerritory {
	kind: ObservatoryTerritoryKind;
	name: string;
}

/**
 * A predefined period: a calendar year, through its last complete month (the current year is
 * partial: `months` < 12). Months and quarters are published inside it, never a free range.
 */
export interface ObservatoryPeriod {
	year: number;
	/** Complete months counted: 12 for a past year. */
	months: number;
}

export interface KeyFigure {
	id: string;
	label: string;
	value: PublishedValue;
	/** The same figure for the previous period (`previousPeriod` says which). */
	previous: PublishedValue;
	/** "2025", or "janvier–octobre 2025" when the year chosen is not complete. */
	previousPeriod: string;
	/** Only when both are shown. */
	trend: 'up' | 'down' | 'stable' | null;
}

export const observatorySections = ['demand', 'response', 'outcomes', 'tension'] as const;
export type ObservatorySection = (typeof observatorySections)[number];

/** Everything one territory's observatory shows for one year, protected once. */
export interface ObservatoryView {
	territory: ObservatoryTerritory;
	period: ObservatoryPeriod;
	/** The years one may choose, most recent first. */
	years: number[];
	/** When the counts were last recomputed (ISO), null before the first refresh. */
	refreshedAt: string | null;
	overview: KeyFigure[];
	sections: Record<ObservatorySection, PublishedTable[]>;
}
