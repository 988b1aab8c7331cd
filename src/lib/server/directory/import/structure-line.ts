import type { CareStructureFields } from '$lib/directory/directory-options';
import { resolveCommune, type CommuneIndex } from './commune-index';
import { parseAgeMonths } from './parse-age';
import { parseStructureKind } from './parse-structure-kind';
import { listCount, listEmail, listPhone, type LineCells, type LineResult } from './line-values';
import { m } from '$lib/i18n';

/** What a line of a list of structures says of one. */
export interface StructureLine extends CareStructureFields {
	externalRef: string;
}

/** Reads one line of a list of structures; the first fault found is the reason given. */
export function structureLine(cells: LineCells, communes: CommuneIndex): LineResult<StructureLine> {
	const t = m.directoryImport.lineErrors;
	const refuse = (reason: string) => ({ ok: false as const, reason });
	const externalRef = cells.externalRef ?? '';
	if (externalRef === '') return refuse(t.externalRefMissing);
	const kind = parseStructureKind(cells.kind ?? '');
	if (!kind) return refuse(t.kindUnknown(cells.kind ?? ''));
	const name = cells.name ?? '';
	if (name === '') return refuse(t.nameMissing);
	const ages: Record<'ageMin' | 'ageMax', number | null> = { ageMin: null, ageMax: null };
	for (const field of ['ageMin', 'ageMax'] as const) {
		const typed = cells[field] ?? '';
		if (typed === '') continue;
		const months = parseAgeMonths(typed);
		if (months === null) return refuse(t.ageInvalid(typed));
		ages[field] = months;
	}
	if (ages.ageMin !== null && ages.ageMax !== null && ages.ageMax <= ages.ageMin) {
		return refuse(t.agesReversed);
	}
	const capacity = listCount(cells.capacity, 10_000);
	if (capacity === undefined) return refuse(t.capacityInvalid(cells.capacity ?? ''));
	const commune = resolveCommune(communes, cells);
	if (!commune.ok) return refuse(commune.reason);
	const phone = listPhone(cells.phone);
	if (phone === undefined) return refuse(t.phoneInvalid(cells.phone ?? ''));
	const email = listEmail(cells.email);
	if (email === undefined) return refuse(t.emailInvalid(cells.email ?? ''));
	const website = (cells.website ?? '').trim();
	if (website !== '' && !/^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(website)) {
		return refuse(t.websiteInvalid(website));
	}
	return {
		ok: true,
		value: {
			externalRef,
			kind,
			name,
			address: cells.address ?? '',
			communeInsee: commune.inseeCode,
			ageMinMonths: ages.ageMin,
			ageMaxMonths: ages.ageMax,
			hours: cells.hours ?? '',
			capacity,
			phone,
			email,
			website: website === '' ? null : website.startsWith('http') ? website : `https://${website}`
		}
	};
}
