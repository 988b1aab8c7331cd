import { communes } from '../../db/schema';
import type { Db } from '../../db/types';
import { normalizeWords } from './normalize-header';
import { m } from '$lib/i18n';

interface IndexedCommune {
	inseeCode: string;
	postalCodes: readonly string[];
}

/** The communes of the deployment, looked up by INSEE code or by name (and postal code). */
export interface CommuneIndex {
	byInsee: Set<string>;
	byName: Map<string, IndexedCommune[]>;
}

export function communeIndexOf(
	rows: { inseeCode: string; name: string; postalCodes: string[] }[]
): CommuneIndex {
	const byInsee = new Set<string>();
	const byName = new Map<string, IndexedCommune[]>();
	for (const row of rows) {
		byInsee.add(row.inseeCode);
		const key = normalizeWords(row.name);
		const list = byName.get(key) ?? [];
		list.push({ inseeCode: row.inseeCode, postalCodes: row.postalCodes });
		byName.set(key, list);
	}
	return { byInsee, byName };
}

/** Read once per import (a département is a few hundred communes; France 35,000). */
export async function loadCommuneIndex(db: Db): Promise<CommuneIndex> {
	const rows = await db
		.select({
			inseeCode: communes.inseeCode,
			name: communes.name,
			postalCodes: communes.postalCodes
		})
		.from(communes);
	return communeIndexOf(rows);
}

const INSEE = /^(\d[\dAB]\d{3})$/i;

export type CommuneLookup = { ok: true; inseeCode: string } | { ok: false; reason: string };

/**
 * The commune of a line: its INSEE code if given (and known), else its name, accents and case
 * aside, the postal code choosing among communes of the same name.
 */
export function resolveCommune(
	index: CommuneIndex,
	line: { communeInsee?: string; commune?: string; postalCode?: string }
): CommuneLookup {
	const t = m.directoryImport.lineErrors;
	const code =
		line.communeInsee?.trim() ||
		(INSEE.test(line.commune?.trim() ?? '') ? line.commune?.trim() : '');
	if (code) {
		const insee = code.toUpperCase().padStart(5, '0');
		return index.byInsee.has(insee)
			? { ok: true, inseeCode: insee }
			: { ok: false, reason: t.unknownInsee(code) };
	}
	const name = line.commune?.trim() ?? '';
	if (name === '') return { ok: false, reason: t.communeMissing };
	const postal = line.postalCode?.trim().replace(/\s/g, '') ?? '';
	const candidates = index.byName.get(normalizeWords(name)) ?? [];
	const matching = postal ? candidates.filter((c) => c.postalCodes.includes(postal)) : candidates;
	const [only, ...others] = matching;
	if (only && others.length === 0) return { ok: true, inseeCode: only.inseeCode };
	if (!only)
		return {
			ok: false,
			reason: postal ? t.unknownCommuneWithPostal(name, postal) : t.unknownCommune(name)
		};
	return { ok: false, reason: t.ambiguousCommune(name) };
}
