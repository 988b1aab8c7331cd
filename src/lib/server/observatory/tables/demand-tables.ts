import { careKinds, requestChannels } from '$lib/childcare-request-options';
import { ageBands } from '$lib/requests/age-band';
import { atypicalKinds, observatoryMeasures } from '$lib/observatory/measures';
import { m } from '$lib/i18n';
import { exclusiveTable, labelled, yesNoTable } from './category-tables';
import { demandByCommune } from './demand-by-commune';
import { demandByMonth } from './requests-over-time';
import { K_SENSITIVE } from './table-values';
import type { TableCut, YearContext } from './year-context';

const words = m.observatoryTables;
const tables = words.tables;

/** The demand section: by month, commune, channel, age, siblings, delay, hours, care wanted. */
export function demandTables(ctx: YearContext, yearTotal: string): TableCut[] {
	return [
		demandByMonth(ctx, yearTotal),
		demandByCommune(ctx),
		exclusiveTable(
			ctx,
			{ id: 'demandes-par-canal', ...tables.channels },
			'channel',
			labelled(requestChannels, words.channels),
			yearTotal
		),
		exclusiveTable(
			ctx,
			{ id: 'age-des-enfants', ...tables.ageBands },
			'age_band',
			labelled(ageBands, words.ageBands),
			yearTotal
		),
		exclusiveTable(
			ctx,
			{ id: 'fratries', ...tables.siblings },
			'children',
			labelled(observatoryMeasures.children.categories, words.children),
			yearTotal
		),
		exclusiveTable(
			ctx,
			{ id: 'delai-avant-accueil', ...tables.leadTime },
			'lead_time',
			labelled(observatoryMeasures.lead_time.categories, words.leadTime),
			yearTotal
		),
		exclusiveTable(
			ctx,
			{ id: 'heures-par-semaine', ...tables.weeklyHours },
			'weekly_hours',
			labelled(observatoryMeasures.weekly_hours.categories, words.weeklyHours),
			yearTotal
		),
		exclusiveTable(
			ctx,
			{ id: 'jours-par-semaine', ...tables.weeklyDays },
			'weekly_days',
			labelled(observatoryMeasures.weekly_days.categories, words.weeklyDays),
			yearTotal
		),
		yesNoTable(
			ctx,
			{ id: 'horaires-atypiques', ...tables.atypical },
			[
				{ key: 'atypical', measure: 'atypical', label: words.atypical.atypical },
				...atypicalKinds.map((kind) => ({
					key: kind,
					measure: `atypical_${kind}`,
					label: words.atypical[kind]
				}))
			],
			yearTotal
		),
		yesNoTable(
			ctx,
			{ id: 'modes-d-accueil-souhaites', ...tables.careKinds },
			[
				...careKinds.map((kind) => ({
					key: kind,
					measure: `care_kind_${kind}`,
					label: words.careKinds[kind]
				})),
				{ key: 'periscolaire', measure: 'periscolaire', label: words.periscolaire }
			],
			yearTotal
		),
		// A health datum: the whole territory over the whole year only, from 11.
		exclusiveTable(
			ctx,
			{ id: 'handicap', ...tables.disability },
			'disability',
			labelled(observatoryMeasures.disability.categories, words.disability),
			yearTotal,
			K_SENSITIVE
		)
	];
}
