import type { DirectoryImportKind } from '$lib/directory/directory-options';

/** The values a preview line shows, in the order of the table's columns. */
export const previewColumnsOf = (kind: DirectoryImportKind) =>
	kind === 'childminders'
		? ([
				'licenceNumber',
				'lastName',
				'firstName',
				'licenceGrantedOn',
				'licenceRenewalOn',
				'placesTotal',
				'placesUnder3',
				'address',
				'communeInsee',
				'phone',
				'email',
				'mamName'
			] as const)
		: ([
				'externalRef',
				'kind',
				'name',
				'address',
				'communeInsee',
				'ageMinMonths',
				'ageMaxMonths',
				'hours',
				'capacity',
				'phone',
				'email',
				'website'
			] as const);
