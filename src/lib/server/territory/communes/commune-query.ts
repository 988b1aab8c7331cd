import { isUuid } from '$lib/ids';

/**
 * The filters of the communes page, in its address (a GET form that works without
 * JavaScript): `?epci=243500139&relais=<id>|aucun|hors-referentiel&texte=bruz&page=2`.
 * A value the form does not offer (an edited address) is dropped, not an error.
 */
export type RelayFilter =
	| { kind: 'relay'; relayId: string }
	/** No relay serves it. */
	| { kind: 'none' }
	/** The référentiel no longer lists it (merged, renamed): to look at and reassign. */
	| { kind: 'missing' };

export interface CommuneFilters {
	epciCode?: string;
	relay?: RelayFilter;
	/** A name (any case, with or without accents) or the start of a postal or INSEE code. */
	text?: string;
}

export const communeQueryNames = {
	epci: 'epci',
	relay: 'relais',
	text: 'texte',
	page: 'page'
} as const;

export const NONE_PARAM = 'aucun';
export const MISSING_PARAM = 'hors-referentiel';
/** Longer typed text is cut: no commune name is longer. */
export const MAX_TEXT = 60;
/** A page number beyond any real list (a région has a few thousand communes). */
const MAX_PAGE = 10_000;

export function parseCommuneQuery(params: URLSearchParams): {
	filters: CommuneFilters;
	page: number;
} {
	const n = communeQueryNames;
	const filters: CommuneFilters = {};
	const epci = params.get(n.epci);
	if (epci && /^[0-9]{9}$/.test(epci)) filters.epciCode = epci;
	const relay = params.get(n.relay);
	if (relay === NONE_PARAM) filters.relay = { kind: 'none' };
	else if (relay === MISSING_PARAM) filters.relay = { kind: 'missing' };
	else if (relay && isUuid(relay)) filters.relay = { kind: 'relay', relayId: relay };
	const text = params.get(n.text)?.trim().slice(0, MAX_TEXT);
	if (text) filters.text = text;
	const page = Number(params.get(n.page));
	return {
		filters,
		page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1
	};
}

/** The select's value for a relay filter. */
export function relayParam(relay: RelayFilter | undefined): string {
	if (!relay) return '';
	if (relay.kind === 'none') return NONE_PARAM;
	if (relay.kind === 'missing') return MISSING_PARAM;
	return relay.relayId;
}

/** The address of the communes page with these filters, on that page. */
export function communesHref(filters: CommuneFilters, page = 1): string {
	const n = communeQueryNames;
	const params = new URLSearchParams();
	if (filters.epciCode) params.set(n.epci, filters.epciCode);
	const relay = relayParam(filters.relay);
	if (relay) params.set(n.relay, relay);
	if (filters.text) params.set(n.text, filters.text);
	if (page > 1) params.set(n.page, String(page));
	const query = params.toString();
	return query ? `/territoire/communes?${query}` : '/territoire/communes';
}

/**
 * A form action of the page that keeps its filters and page (`?texte=bruz&/assign`): without
 * JavaScript the page answering the post is then the list the coordinator was looking at.
 */
export function communesActionHref(filters: CommuneFilters, page: number, action: string): string {
	const here = communesHref(filters, page);
	return `${here}${here.includes('?') ? '&' : '?'}/${action}`;
}
