import type {
	ObservatorySection,
	ObservatoryTerritoryKind
} from '$lib/observatory/observatory-view';
import { observatoryTables } from './observatory-tables';

/** The observatory's pages: anonymised figures of one territory, for one year. */
export const observatory = {
	title: 'Observatoire de la demande',
	documentTitle: (page: string, territory: string) => `${page} — ${territory}`,
	territory: (kind: ObservatoryTerritoryKind, name: string) =>
		kind === 'relay'
			? `Territoire : ${name}`
			: kind === 'epci'
				? `Intercommunalité : ${name}`
				: `Tout le territoire : ${name}`,
	lead: 'Les chiffres de la demande d’accueil du jeune enfant, toujours anonymes : jamais un nom, jamais une demande en particulier, et les petits nombres sont masqués.',
	/** "2026, de janvier à octobre" while the year is not over; "2025" once it is. */
	period: (year: number, months: number) =>
		months >= 12
			? `Année ${year}`
			: months <= 0
				? `Année ${year} : aucun mois complet pour l’instant`
				: months === 1
					? `Année ${year}, janvier`
					: `Année ${year}, de janvier à ${observatoryTables.monthName(months) || 'décembre'}`,
	refreshedAt: (date: string) => `Chiffres au ${date}.`,
	notRefreshed: 'Les chiffres n’ont pas encore été calculés.',
	monthShort: [
		'janv.',
		'févr.',
		'mars',
		'avr.',
		'mai',
		'juin',
		'juil.',
		'août',
		'sept.',
		'oct.',
		'nov.',
		'déc.'
	] as const,
	yearForm: {
		label: 'Année',
		submit: 'Afficher cette année',
		/** Names the form for screen readers. */
		name: 'Choisir l’année'
	},
	sections: {
		demand: 'La demande',
		response: 'La réponse du relais',
		outcomes: 'Les issues',
		tension: 'La tension'
	} satisfies Record<ObservatorySection, string>,
	sectionLeads: {
		demand:
			'Combien de familles demandent un accueil, d’où, pour quel âge, quels jours et à quelles heures, et quel mode d’accueil elles souhaitent.',
		response:
			'Le délai entre la demande et le premier rendez-vous avec le relais : médiane, 9 demandes sur 10, part dans les 7 jours.',
		outcomes:
			'Ce que les familles ont trouvé, par mode d’accueil, et pourquoi certaines n’ont pas trouvé de solution.',
		tension:
			'Aujourd’hui, par commune et par créneau : les demandes encore ouvertes face aux places déclarées libres par les assistantes maternelles.'
	} satisfies Record<ObservatorySection, string>,
	overview: {
		title: 'Vue d’ensemble',
		/** The overview's heading names the territory: what an official lands on. */
		heading: (territory: string) => `Vue d’ensemble : ${territory}`,
		keyFigures: 'Chiffres clés',
		previous: (period: string, value: string) => `${period} : ${value}`,
		trend: {
			up: 'En hausse',
			down: 'En baisse',
			stable: 'Stable'
		},
		noTrend: 'Évolution non publiée',
		sectionsTitle: 'Les chiffres en détail',
		exportsTitle: 'Télécharger les chiffres',
		exports: {
			workbook: 'Tous les tableaux de l’année (classeur .xlsx)',
			openData: 'Données ouvertes par commune et trimestre (CSV, toutes les années)',
			dataPackage: 'Description des colonnes des données ouvertes (datapackage.json)',
			cafReport: 'Rapport d’activité annuel pour la CAF (page imprimable)'
		},
		methodLink: 'Comment les chiffres sont calculés et protégés'
	},
	breadcrumb: 'Retour à la vue d’ensemble',
	downloadTable: (table: string) => `Télécharger ce tableau en CSV : ${table}`,
	sectionNav: 'Parties de l’observatoire',
	emptySection: 'Aucun chiffre à afficher pour cette période.',
	chart: {
		/** Read by a screen reader with the summary. */
		title: (table: string) => `Graphique : ${table}`,
		suppressedMark: 's',
		notPublishedMark: '—'
	},
	values: {
		suppressed: 's',
		notPublished: '—',
		days: (value: string) => `${value} j`,
		weeks: (value: string) => `${value} sem.`
	},
	legend: {
		title: 'Signes utilisés',
		suppressed:
			's : chiffre masqué pour protéger les familles (moins de 5 demandes, moins de 11 pour le handicap ou trois critères croisés, ou chiffre qui permettrait d’en retrouver un autre masqué). Dans les graphiques, une marque hachurée vide.',
		notPublished:
			'— : part ou statistique non publiée (moins de 11 demandes, ou une partie du calcul est masquée).'
	},
	method: {
		title: 'Méthode',
		short:
			'Chaque demande est comptée le mois où elle est reçue, dans la commune où vit la famille. Moins de 5 demandes : « s ». Moins de 11 pour le handicap ou quand trois critères se croisent. Un autre chiffre est masqué aussi quand un total permettrait de retrouver le premier. Les communes de moins de 5 demandes sur la période sont regroupées dans « Autres communes ». Une part n’est donnée qu’à partir de 11 demandes.',
		tensionShort:
			'La tension est une photographie d’aujourd’hui, quelle que soit l’année choisie : les demandes encore ouvertes, dans la commune où vit la famille, face aux places déclarées libres par les assistantes maternelles. Les demandes suivent les mêmes règles de protection ; les places libres ne concernent pas les familles et ne sont pas masquées.',
		link: 'La méthode complète',
		pageTitle: 'Méthode de l’observatoire',
		pageLead:
			'Ce qui est compté, quand, où, et comment les petits nombres sont protégés pour qu’aucune famille ne puisse être reconnue.',
		paragraphs: [
			{
				title: 'Ce qui est compté',
				text: 'Les demandes d’accueil reçues par le relais, quel que soit le canal : en ligne, par téléphone, à l’accueil ou par monenfant.fr. Jamais un nom, une adresse, un téléphone, un texte libre : seulement des comptes, calculés à partir de faits anonymes.'
			},
			{
				title: 'Quand et où',
				text: 'Une demande est comptée le mois où elle a été reçue (la cohorte du mois), dans la commune où vit la famille, même si un autre relais suit son dossier. L’année en cours est comptée jusqu’au dernier mois complet. Les âges sont donnés par tranches, les dates par mois, les communes par trimestre.'
			},
			{
				title: 'Les petits nombres',
				text: 'Un chiffre entre 1 et 4 est remplacé par « s ». Pour le handicap, ou quand trois critères se croisent, le seuil est de 11. Quand un total, une ligne ou une colonne permettrait de retrouver un chiffre masqué, un autre chiffre est masqué aussi (le secret secondaire), y compris d’un trimestre à l’autre et de la commune à l’intercommunalité.'
			},
			{
				title: 'Les communes',
				text: 'Une commune avec moins de 5 demandes sur la période est regroupée avec les autres dans « Autres communes ».'
			},
			{
				title: 'Les parts et les délais',
				text: 'Une part (en %), une médiane ou un 9e décile ne sont donnés qu’à partir de 11 demandes, et seulement si aucune des parties n’est masquée ; sinon « — ».'
			},
			{
				title: 'La tension',
				text: 'Une photographie d’aujourd’hui : les demandes encore ouvertes face aux places déclarées libres par les assistantes maternelles, par commune et par créneau. Les places et les assistantes maternelles ne sont pas des familles : leurs chiffres ne sont pas masqués.'
			},
			{
				title: 'Mise à jour',
				text: 'Les comptes sont recalculés quand les données changent et chaque nuit. La date des chiffres est indiquée en haut de chaque page.'
			}
		]
	}
};
