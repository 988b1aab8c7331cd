import type { CareKind, RequestChannel } from '$lib/childcare-request-options';
import type { AgeBand } from '$lib/requests/age-band';
import { outcomes } from './outcomes';

/**
 * The words of the observatory's tables: titles, rows, columns and the sentences that sum a
 * table up. The same words on the pages, in the CSV and spreadsheet, and in the CAF report.
 */
const months = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
] as const;

const monthName = (month: number): string => months[month - 1] ?? '';

export const observatoryTables = {
	monthName,
	/** `2026-03` → `mars 2026`. */
	month: (yyyyMm: string) => `${monthName(Number(yyyyMm.slice(5, 7)))} ${yyyyMm.slice(0, 4)}`,
	quarter: (quarter: number, partial: boolean, firstMonth: number, lastMonth: number) =>
		partial
			? `T${quarter} (${monthName(firstMonth).slice(0, 4)}.–${monthName(lastMonth).slice(0, 4)}.)`
			: `T${quarter}`,
	year: (year: number) => `Année ${year}`,
	yearToDate: (year: number, lastMonth: number) =>
		lastMonth === 12 ? `Année ${year}` : `${year} (janvier–${monthName(lastMonth)})`,
	total: 'Total',
	allRequests: 'Toutes les demandes',
	otherCommunes: 'Autres communes',
	otherCommunesOf: (epci: string) => `Autres communes (${epci})`,
	noEpci: 'Sans intercommunalité',
	epciSubtotal: (epci: string) => `Total ${epci}`,
	columns: {
		requests: 'Demandes',
		share: 'Part',
		held: 'Avec un rendez-vous tenu',
		within7: 'Rendez-vous sous 7 jours',
		shareWithin7: 'Part sous 7 jours',
		medianDays: 'Délai médian (jours)',
		p90Days: 'Délai du 9e décile (jours)',
		none: 'Sans rendez-vous tenu',
		found: 'Solution trouvée',
		noSolution: 'Sans solution',
		closed: 'Close sans issue',
		open: 'En cours',
		shareNone: 'Part sans solution',
		medianWeeks: 'Délai médian (semaines)',
		openRequests: 'Demandes en cours',
		freePlaces: 'Places déclarées libres',
		ratio: 'Places libres par demande',
		childminders: 'Assistantes maternelles'
	},
	channels: {
		online: 'En ligne (ce portail)',
		phone: 'Téléphone',
		desk: 'Accueil du relais',
		monenfant: 'monenfant.fr'
	} satisfies Record<RequestChannel, string>,
	ageBands: {
		under_6m: 'Moins de 6 mois',
		m6_11: '6 à 11 mois',
		m12_23: '12 à 23 mois',
		m24_35: '24 à 35 mois',
		y3_plus: '3 ans et plus'
	} satisfies Record<AgeBand, string>,
	children: { '1': 'Un enfant', '2': 'Deux enfants', '3_plus': 'Trois enfants ou plus' },
	leadTime: {
		under_1m: 'Moins d’un mois',
		m1_2: '1 à 2 mois',
		m3_5: '3 à 5 mois',
		m6_8: '6 à 8 mois',
		m9_plus: '9 mois ou plus'
	},
	weeklyHours: {
		variable: 'Horaires variables ou occasionnels',
		under_20: 'Moins de 20 h',
		h20_34: '20 à 34 h',
		h35_44: '35 à 44 h',
		h45_plus: '45 h ou plus'
	},
	weeklyDays: {
		variable: 'Jours variables ou occasionnels',
		d1_2: '1 ou 2 jours',
		d3: '3 jours',
		d4: '4 jours',
		d5: '5 jours',
		d6_7: '6 ou 7 jours'
	},
	atypical: {
		atypical: 'Au moins un horaire atypique',
		early: 'Avant 7 h',
		late: 'Après 19 h',
		saturday: 'Le samedi',
		sunday: 'Le dimanche',
		night: 'La nuit'
	},
	careKinds: {
		childminder_home: 'Assistante maternelle à son domicile',
		mam: 'Maison d’assistants maternels (MAM)',
		creche: 'Crèche ou multi-accueil',
		micro_creche: 'Micro-crèche',
		creche_familiale: 'Crèche familiale',
		home_carer: 'Garde à domicile',
		shared_home_carer: 'Garde partagée',
		no_preference: 'Pas de préférence'
	} satisfies Record<CareKind, string>,
	periscolaire: 'Accueil périscolaire',
	disability: {
		yes: 'Enfant en situation de handicap ou à besoins particuliers',
		no: 'Sans besoin particulier déclaré',
		unknown: 'Non renseigné'
	},
	outcomeStates: {
		found: 'Solution trouvée',
		none: 'Sans solution',
		closed: 'Close sans issue (annulée ou close par le relais)',
		open: 'En cours'
	},
	foundKinds: outcomes.careKinds,
	reasons: outcomes.reasons,
	groups: {
		all: 'Toutes les demandes',
		atypical: 'Demandes avec horaires atypiques',
		disability: 'Demandes pour un enfant en situation de handicap'
	},
	listGiven: { yes: 'Liste remise', no: 'Pas de liste remise' },
	slots: {
		any: 'Tous créneaux',
		weekday: 'En semaine (lundi–vendredi)',
		early: 'Avant 7 h',
		late: 'Après 19 h',
		saturday: 'Le samedi',
		sunday: 'Le dimanche',
		night: 'La nuit'
	},
	childminders: {
		active: 'En activité',
		up_to_date: 'Disponibilités à jour'
	},
	tables: {
		demandByMonth: { title: 'Demandes reçues par mois', rowHeading: 'Mois' },
		demandByCommune: {
			title: 'Demandes par commune de résidence et par trimestre',
			rowHeading: 'Commune'
		},
		channels: { title: 'Demandes par canal d’arrivée', rowHeading: 'Canal' },
		ageBands: {
			title: 'Âge du plus jeune enfant au début de l’accueil souhaité',
			rowHeading: 'Âge'
		},
		siblings: { title: 'Nombre d’enfants par demande', rowHeading: 'Enfants' },
		leadTime: {
			title: 'Délai entre la demande et le début souhaité',
			rowHeading: 'Délai'
		},
		weeklyHours: { title: 'Heures d’accueil par semaine', rowHeading: 'Heures' },
		weeklyDays: { title: 'Jours d’accueil par semaine', rowHeading: 'Jours' },
		atypical: { title: 'Horaires atypiques demandés', rowHeading: 'Horaire' },
		careKinds: { title: 'Modes d’accueil envisagés', rowHeading: 'Mode d’accueil' },
		disability: {
			title: 'Enfants en situation de handicap ou à besoins particuliers (année entière)',
			rowHeading: 'Situation'
		},
		firstAppointment: {
			title: 'Délai entre la demande et le premier rendez-vous tenu',
			rowHeading: 'Période'
		},
		outcomes: { title: 'Issue des demandes', rowHeading: 'Issue' },
		foundKinds: { title: 'Solutions trouvées, par mode d’accueil', rowHeading: 'Mode d’accueil' },
		reasons: { title: 'Raisons de l’absence de solution', rowHeading: 'Raison' },
		compared: {
			title: 'Issues des demandes atypiques et handicap, comparées à toutes',
			rowHeading: 'Demandes'
		},
		solutionDelay: { title: 'Délai jusqu’à la solution', rowHeading: 'Période' },
		lists: { title: 'Listes d’assistantes maternelles remises', rowHeading: 'Liste' },
		tensionByCommune: {
			title: 'Tension par commune : demandes en cours et places libres déclarées',
			rowHeading: 'Commune'
		},
		tensionBySlot: {
			title: 'Tension par créneau : demandes en cours et places libres déclarées',
			rowHeading: 'Créneau'
		},
		childminders: {
			title: 'Assistantes maternelles et disponibilités déclarées',
			rowHeading: 'Assistantes maternelles'
		}
	},
	summary: {
		withheld: 'Certaines valeurs sont masquées (s) pour protéger les familles.',
		noData: 'Aucune demande sur cette période.',
		total: (count: string, period: string) => `${count} demandes sur ${period}.`,
		top: (label: string, count: string) => `La plus fréquente : ${label.toLowerCase()} (${count}).`,
		busiestMonth: (month: string, count: string) => `Le mois le plus chargé : ${month} (${count}).`,
		share: (label: string, share: string) => `${label} : ${share}.`,
		communes: (shown: number) =>
			shown === 0
				? 'Aucune commune n’a assez de demandes pour être montrée seule.'
				: shown === 1
					? 'Une commune a assez de demandes pour être montrée seule.'
					: `${shown} communes ont assez de demandes pour être montrées seules.`,
		firstAppointment: (share: string, median: string) =>
			`Sur l’année, ${share} des premiers rendez-vous ont eu lieu dans les 7 jours ; délai médian : ${median} jours.`,
		tension: (open: string, free: string) =>
			`${open} demandes en cours pour ${free} places déclarées libres aujourd’hui.`,
		childminders: (active: string, upToDate: string) =>
			`${active} assistantes maternelles en activité, dont ${upToDate} avec des disponibilités à jour.`,
		solution: (median: string) => `Délai médian jusqu’à la solution : ${median} semaines.`
	},
	keyFigures: {
		requests: 'Demandes reçues',
		shareWithin7: 'Premier rendez-vous sous 7 jours',
		medianDays: 'Délai médian jusqu’au premier rendez-vous (jours)',
		shareFound: 'Solutions trouvées parmi les issues connues',
		shareAtypical: 'Demandes avec horaires atypiques',
		listsGiven: 'Listes d’assistantes maternelles remises'
	}
};
