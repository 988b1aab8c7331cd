import { resolveCommune, type CommuneIndex } from './commune-index';
import { parseListDate } from './parse-date';
import { listCount, listEmail, listPhone, type LineCells, type LineResult } from './line-values';
import { m } from '$lib/i18n';

/** What a line of the PMI's list says of a childminder: the fields an import may write. */
export interface ChildminderLine {
	licenceNumber: string;
	lastName: string;
	firstName: string;
	licenceGrantedOn: string | null;
	licenceRenewalOn: string | null;
	placesTotal: number;
	placesUnder3: number | null;
	address: string;
	communeInsee: string;
	phone: string | null;
	email: string | null;
	/** The MAM she works in (by name, in her commune), or null: at home. */
	mamName: string | null;
}

const MAX_PLACES = 10;

/** Reads one line of a childminders' list; the first fault found is the reason given. */
export function childminderLine(
	cells: LineCells,
	communes: CommuneIndex
): LineResult<ChildminderLine> {
	const t = m.directoryImport.lineErrors;
	const refuse = (reason: string) => ({ ok: false as const, reason });
	const licenceNumber = (cells.licenceNumber ?? '').replace(/\s+/g, ' ').trim();
	if (licenceNumber === '') return refuse(t.licenceMissing);
	if (licenceNumber.length > 40) return refuse(t.licenceTooLong);
	const lastName = cells.lastName ?? '';
	const firstName = cells.firstName ?? '';
	if (lastName === '') return refuse(t.lastNameMissing);
	if (firstName === '') return refuse(t.firstNameMissing);
	const placesTotal = listCount(cells.placesTotal, MAX_PLACES);
	if (placesTotal === null) return refuse(t.placesMissing);
	if (placesTotal === undefined)
		return refuse(t.placesInvalid(cells.placesTotal ?? '', MAX_PLACES));
	const placesUnder3 = listCount(cells.placesUnder3, placesTotal);
	if (placesUnder3 === undefined)
		return refuse(t.placesUnder3Invalid(cells.placesUnder3 ?? '', placesTotal));
	const dates: Record<'licenceGrantedOn' | 'licenceRenewalOn', string | null> = {
		licenceGrantedOn: null,
		licenceRenewalOn: null
	};
	for (const field of ['licenceGrantedOn', 'licenceRenewalOn'] as const) {
		const typed = cells[field] ?? '';
		if (typed === '') continue;
		const date = parseListDate(typed);
		if (!date) return refuse(t.dateInvalid(typed));
		dates[field] = date;
	}
	const commune = resolveCommune(communes, cells);
	if (!commune.ok) return refuse(commune.reason);
	const phone = listPhone(cells.phone);
	if (phone === undefined) return refuse(t.phoneInvalid(cells.phone ?? ''));
	const email = listEmail(cells.email);
	if (email === undefined) return refuse(t.emailInvalid(cells.email ?? ''));
	const mamName = (cells.mamName ?? '').replace(/\s+/g, ' ').trim();
	return {
		ok: true,
		value: {
			licenceNumber,
			lastName,
			firstName,
			...dates,
			placesTotal,
			placesUnder3,
			address: cells.address ?? '',
			communeInsee: commune.inseeCode,
			phone,
			email,
			mamName: mamName === '' ? null : mamName
		}
	};
}
