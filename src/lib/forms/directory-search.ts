import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { weekDays, type WeeklySchedule } from '$lib/childcare-request-options';
import {
	atypicalOffers,
	listOrders,
	workSettings,
	type DirectoryFilters,
	type ListOrder
} from '$lib/directory/directory-options';
import { parseDateInput } from '$lib/time/calendar-date';
import { fieldwise } from './fieldwise';
import { fieldErrorsOf, type FieldErrors } from './parse-form';

/**
 * The directory search's address: a GET form, so that a search is a link (kept in the page
 * links, given again, logged). Every filter is one of the closed set of `DirectoryFilters`;
 * anything else in the address is ignored. Shared by the staff directory and the family list.
 *
 * `?commune=35238` or `?autour=35238&km=15`, `naissance`, `debut`, `mon_start`/`mon_end`…
 * (end ≤ start: overnight), `atypique` (several), `periscolaire=1`, `handicap=1`,
 * `fratrie=2`, `cadre=home|mam`, `ordre=rotation|distance|name`, `graine`, `page`.
 */
export const directoryQueryNames = {
	commune: 'commune',
	near: 'autour',
	km: 'km',
	birth: 'naissance',
	start: 'debut',
	atypical: 'atypique',
	periscolaire: 'periscolaire',
	disability: 'handicap',
	siblings: 'fratrie',
	setting: 'cadre',
	order: 'ordre',
	seed: 'graine',
	page: 'page'
} as const;

export const dayQueryNames = (day: (typeof weekDays)[number]) => ({
	start: `${day}_start`,
	end: `${day}_end`
});

export const MAX_KM = 200;
export const MAX_PAGE = 10_000;
const SEED_MAX = 2 ** 31 - 1;

const e = m.directorySearch.errors;
const INSEE = /^\d[\dAB]\d{3}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const blank = (v: unknown) =>
	v === undefined || (typeof v === 'string' && v.trim() === '') || Array.isArray(v);
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		(v) => (blank(v) ? undefined : typeof v === 'string' ? v.trim() : v),
		schema.optional()
	);
const insee = optional(z.string().regex(INSEE, e.communeInvalid));
const date = optional(
	z.string().transform((v, ctx) => {
		const parsed = parseDateInput(v);
		if (parsed) return parsed;
		ctx.addIssue({ code: 'custom', message: e.dateInvalid });
		return z.NEVER;
	})
);
const flag = z.preprocess((v) => v === '1' || v === 'on' || v === 'true', z.boolean());
const list = <T extends string>(values: readonly [T, ...T[]]) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.enum(values, { error: e.choice })).max(values.length)
	);

const fields = {
	[directoryQueryNames.commune]: insee,
	[directoryQueryNames.near]: insee,
	[directoryQueryNames.km]: optional(
		z.coerce
			.number({ error: e.kmInvalid })
			.int(e.kmInvalid)
			.min(1, e.kmInvalid)
			.max(MAX_KM, e.kmInvalid)
	),
	[directoryQueryNames.birth]: date,
	[directoryQueryNames.start]: date,
	[directoryQueryNames.atypical]: list(atypicalOffers),
	[directoryQueryNames.periscolaire]: flag,
	[directoryQueryNames.disability]: flag,
	[directoryQueryNames.siblings]: optional(
		z.coerce
			.number({ error: e.siblingsInvalid })
			.int(e.siblingsInvalid)
			.min(1, e.siblingsInvalid)
			.max(4, e.siblingsInvalid)
	),
	[directoryQueryNames.setting]: optional(z.enum(workSettings, { error: e.choice }))
};

const schema = fieldwise(fields, (v, raw, addIssue) => {
	const n = directoryQueryNames;
	const filters: DirectoryFilters = {};
	const commune = v[n.commune];
	const near = v[n.near];
	const km = v[n.km];
	if (commune && (near || km !== undefined)) addIssue(n.commune, e.communeAndNear);
	else if (commune) filters.communeInsee = commune;
	else if (near && km !== undefined) filters.near = { communeInsee: near, maxKm: km };
	else if (near) addIssue(n.km, e.kmInvalid);
	else if (km !== undefined) addIssue(n.near, e.nearIncomplete);
	const birth = v[n.birth];
	const start = v[n.start];
	if (birth) filters.childBirthDate = birth;
	if (start) filters.startDate = start;
	if (birth && start && start < birth) addIssue(n.start, e.startBeforeBirth);

	const schedule: Partial<WeeklySchedule> = {};
	for (const day of weekDays) {
		const names = dayQueryNames(day);
		const read = (name: string) => (typeof raw[name] === 'string' ? raw[name].trim() : '');
		const from = read(names.start);
		const to = read(names.end);
		if (!from && !to) continue;
		if (!from || !to) addIssue(from ? names.end : names.start, e.timeIncomplete);
		else if (!TIME.test(from)) addIssue(names.start, e.timeInvalid);
		else if (!TIME.test(to)) addIssue(names.end, e.timeInvalid);
		else schedule[day] = { start: from, end: to };
	}
	if (Object.keys(schedule).length > 0) filters.schedule = schedule;

	const atypical = v[n.atypical] ?? [];
	if (atypical.length > 0) filters.atypical = atypicalOffers.filter((o) => atypical.includes(o));
	if (v[n.periscolaire]) filters.periscolaire = true;
	if (v[n.disability]) filters.disabilityWelcome = true;
	const siblings = v[n.siblings];
	if (siblings !== undefined && siblings >= 2) filters.siblings = siblings;
	const setting = v[n.setting];
	if (setting) filters.workSetting = setting;
	return filters;
});

export interface DirectoryQuery {
	/** The filters that parsed; with errors, the page shows them and does not search. */
	filters: DirectoryFilters;
	order: ListOrder;
	/** Null when the address gives none: the server draws a new one. */
	seed: number | null;
	page: number;
	errors: FieldErrors;
	/** What was typed, to refill the form. */
	values: Record<string, string | string[]>;
}

/** The search an address asks for; an unknown order, seed or page falls back to the default. */
export function parseDirectoryFilters(params: URLSearchParams): DirectoryQuery {
	const n = directoryQueryNames;
	const raw: Record<string, string | string[]> = {};
	let keys = 0;
	for (const [key, value] of params) {
		// An address is short: a few dozen fields at most; the rest is not looked at.
		if (++keys > 100) break;
		const clipped = value.slice(0, 100);
		const previous = raw[key];
		if (previous === undefined) raw[key] = clipped;
		else if (Array.isArray(previous)) previous.push(clipped);
		else raw[key] = [previous, clipped];
	}
	const single = (name: string) => (typeof raw[name] === 'string' ? raw[name] : '');
	const order = listOrders.find((o) => o === single(n.order)) ?? 'rotation';
	const seedText = single(n.seed);
	const seedValue = /^\d{1,10}$/.test(seedText) ? Number(seedText) : null;
	const seed = seedValue !== null && seedValue >= 1 && seedValue <= SEED_MAX ? seedValue : null;
	const pageText = single(n.page);
	const pageValue = /^\d{1,5}$/.test(pageText) ? Number(pageText) : 1;
	const page = Math.min(Math.max(pageValue, 1), MAX_PAGE);

	const result = schema.safeParse(raw);
	let filters: DirectoryFilters = {};
	let errors: FieldErrors = {};
	if (result.success) filters = result.data;
	else errors = fieldErrorsOf(result.error);
	if (
		order === 'distance' &&
		!errors[n.commune] &&
		!errors[n.near] &&
		!filters.near &&
		!filters.communeInsee &&
		result.success
	)
		errors = { ...errors, [n.order]: e.distanceNeedsCommune };
	return { filters, order, seed, page, errors, values: raw };
}

/** The address of a search: the same filters, order and seed give the same list. */
export function directorySearchParams(
	filters: DirectoryFilters,
	order: ListOrder,
	seed: number,
	page = 1
): URLSearchParams {
	const n = directoryQueryNames;
	const params = new URLSearchParams();
	if (filters.communeInsee) params.set(n.commune, filters.communeInsee);
	if (filters.near) {
		params.set(n.near, filters.near.communeInsee);
		params.set(n.km, String(filters.near.maxKm));
	}
	if (filters.childBirthDate) params.set(n.birth, filters.childBirthDate);
	if (filters.startDate) params.set(n.start, filters.startDate);
	for (const day of weekDays) {
		const slot = filters.schedule?.[day];
		if (!slot) continue;
		const names = dayQueryNames(day);
		params.set(names.start, slot.start);
		params.set(names.end, slot.end);
	}
	for (const offer of filters.atypical ?? []) params.append(n.atypical, offer);
	if (filters.periscolaire) params.set(n.periscolaire, '1');
	if (filters.disabilityWelcome) params.set(n.disability, '1');
	if (filters.siblings) params.set(n.siblings, String(filters.siblings));
	if (filters.workSetting) params.set(n.setting, filters.workSetting);
	params.set(n.order, order);
	params.set(n.seed, String(seed));
	if (page > 1) params.set(n.page, String(page));
	return params;
}
