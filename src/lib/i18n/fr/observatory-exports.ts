import { counted } from './plural';

/** The observatory's downloads (CSV, spreadsheet, open data) and the CAF activity report. */
export const observatoryExports = {
	legend: {
		suppressed:
			's : chiffre masqué pour protéger les familles (moins de 5 demandes, ou de 11 pour le handicap), ou pour qu’un chiffre masqué ne puisse pas être recalculé à partir d’un total.',
		notPublished:
			'— : part ou statistique non publiée (moins de 11 demandes, ou une de ses parts est masquée).'
	},
	workbook: {
		readMeSheet: 'Lisez-moi',
		title: 'Observatoire de la demande d’accueil du jeune enfant',
		territory: 'Territoire',
		period: 'Période',
		periodValue: (year: number, months: number) =>
			months >= 12
				? `Année ${year}`
				: `Année ${year} (${counted(months, 'mois complet', 'mois complets')})`,
		refreshedAt: 'Chiffres recalculés le',
		neverRefreshed: 'pas encore recalculés',
		legendTitle: 'Légende',
		rulesTitle: 'Règles de protection',
		rules: [
			'Chiffres anonymes : aucun nom, aucune coordonnée, aucune demande isolée.',
			'Un nombre compris entre 1 et 4 est masqué (« s ») ; entre 1 et 10 pour le handicap ou le croisement de trois critères.',
			'Un second chiffre est masqué quand un total permettrait de recalculer le premier.',
			'Âges par tranches, dates par mois, communes par trimestre ; une commune de moins de 5 demandes dans la période est regroupée dans « Autres communes ».',
			'Une part n’est donnée qu’à partir de 11 demandes.',
			'Les parts sont des proportions de 0 à 1 (format pourcentage dans ce classeur).'
		],
		sheetsTitle: 'Feuilles',
		sheetLine: (id: string, title: string) => `${id} : ${title}`
	},
	openData: {
		otherCommunes: (epci: string) => `Autres communes (${epci})`,
		title: 'Demandes d’accueil du jeune enfant par commune et par trimestre',
		description:
			'Nombre de demandes d’accueil du jeune enfant reçues par le relais petite enfance, par commune de résidence de la famille (code INSEE) et par trimestre. Les communes sont publiées par trimestre, et non par mois, pour protéger les familles des petites communes : un nombre de 1 à 4 demandes est masqué (statut « secret », valeur vide), ainsi qu’un second nombre quand un total permettrait de le recalculer ; les communes de moins de 5 demandes dans l’année sont regroupées dans « Autres communes » (code vide). Aucune donnée personnelle.'
	},
	report: {
		documentTitle: (territory: string, year: number) =>
			`Rapport d’activité ${year} pour la CAF – ${territory}`,
		title: (year: number) => `Rapport d’activité ${year}`,
		caption: 'Pour la CAF',
		lead: (territory: string, period: string) =>
			`${territory} – ${period}. Chiffres anonymes de l’observatoire, protégés comme sur ses pages.`,
		refreshedAt: (when: string) => `Chiffres recalculés le ${when}.`,
		neverRefreshed: 'Les chiffres n’ont pas encore été recalculés.',
		choiceTitle: 'Choisir le rapport',
		year: 'Année',
		relay: 'Relais',
		wholeTerritory: 'Tout le territoire',
		show: 'Afficher le rapport',
		printHint:
			'Pour l’envoyer, imprimez cette page ou enregistrez-la en PDF depuis le navigateur (menu Imprimer).',
		sections: {
			channels: 'Demandes reçues et traitées, par canal',
			channelsNote:
				'Le guichet unique centralise toutes les demandes, quel que soit le canal : en ligne ici, monenfant.fr, téléphone ou accueil.',
			appointments: 'Rendez-vous',
			listsGiven: 'Listes d’assistantes maternelles remises',
			outcomes: 'Issues des demandes',
			solutions: 'Solutions trouvées, par mode d’accueil',
			childminders: 'Assistantes maternelles',
			childmindersNote: 'Situation à la date du recalcul, quelle que soit l’année choisie.'
		},
		previous: (year: number) => `Demandes ${year}`,
		progression: 'Évolution',
		noComparison: 'L’évolution sur l’année précédente n’est donnée que pour deux années complètes.',
		missing: 'Ce tableau n’est pas disponible pour cette période.',
		legendTitle: 'Légende'
	}
};
