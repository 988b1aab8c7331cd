import { formatDate } from '$lib/format/dates';
import { formatTimeRange } from '$lib/format/times';
import { formatKm } from '$lib/format/numbers';
import { counted, plural } from './plural';

const months = (n: number) =>
	n > 0 && n % 12 === 0 ? counted(n / 12, 'an', 'ans') : counted(n, 'mois', 'mois');

/** The directory search of the relay's staff, and the words of a childminder's free places. */
export const directorySearch = {
	nav: 'Annuaire',
	freePlace: {
		ages: (min: number, max: number | null) =>
			max === null
				? min === 0
					? 'tous âges'
					: `à partir de ${months(min)}`
				: min === 0
					? `jusqu’à ${months(max)}`
					: `de ${months(min)} à ${months(max)}`,
		/** "1 place, jusqu’à 3 ans, dès le 4 janvier 2027, régulier : lundi–vendredi 7 h 30 – 18 h 30". */
		text: (ages: string, from: string, regular: boolean, hours: string) =>
			`1 place, ${ages}, dès le ${formatDate(from)}, ${regular ? 'accueil régulier' : 'accueil occasionnel'}${hours ? ` : ${hours}` : ''}`,
		days: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'] as const,
		range: (first: string, last: string) => (first === last ? first : `${first}–${last}`),
		hours: (days: string, start: string, end: string) =>
			`${days} ${formatTimeRange(start, end)}${end <= start ? ' (nuit)' : ''}`
	},
	availability: {
		declared: (until: string) => `Disponibilités déclarées, valables jusqu’au ${formatDate(until)}`,
		toConfirm: 'À confirmer',
		never: 'jamais déclarées',
		stale: (since: string) => `à reconfirmer depuis le ${formatDate(since)}`,
		noPlace: 'Aucune place libre déclarée'
	},
	errors: {
		communeInvalid: 'Choisissez une commune de la liste.',
		kmInvalid: 'Indiquez une distance entière entre 1 et 200 km.',
		nearIncomplete: 'Choisissez la commune à partir de laquelle mesurer la distance.',
		communeAndNear: 'Choisissez une commune ou une distance depuis une commune, pas les deux.',
		dateInvalid: 'Indiquez une date valide, par exemple 15/03/2027.',
		startBeforeBirth: 'La date d’accueil précède la naissance de l’enfant.',
		timeInvalid: 'Indiquez une heure au format HH:MM, par exemple 07:30.',
		timeIncomplete: 'Indiquez l’heure de début et l’heure de fin.',
		siblingsInvalid: 'Indiquez un nombre de places entre 2 et 4.',
		distanceNeedsCommune:
			'Pour trier par distance, choisissez une commune ou une distance depuis une commune.',
		choice: 'Choisissez une des valeurs proposées.'
	},
	offers: {
		periscolaire: 'Périscolaire',
		wednesdays: 'Mercredis',
		school_holidays: 'Vacances scolaires',
		before_7: 'Avant 7 h',
		after_19: 'Après 19 h',
		saturday: 'Samedi',
		sunday: 'Dimanche',
		night: 'Nuit',
		disability_welcome: 'Accueil d’un enfant en situation de handicap',
		part_time: 'Temps partiel'
	},
	settings: { home: 'À son domicile', mam: 'En MAM' },
	orders: {
		rotation: 'Ordre tournant (tirage)',
		distance: 'Distance',
		name: 'Nom'
	},
	statuses: { active: 'En activité', suspended: 'Agrément suspendu', stopped: 'Activité arrêtée' },
	page: {
		documentTitle: 'Annuaire des assistantes maternelles',
		title: 'Annuaire des assistantes maternelles',
		lead: 'Toutes les assistantes maternelles en activité du territoire du relais. Seuls des critères objectifs filtrent la liste ; sans filtre, elle les contient toutes.',
		filters: 'Critères',
		where: 'Lieu',
		commune: 'Commune',
		communeAll: 'Toutes les communes du relais',
		near: 'Ou autour de la commune',
		nearNone: 'Aucune',
		km: 'Distance maximale (km)',
		kmHint: 'Entre 1 et 200 km, entre les centres des communes.',
		child: 'L’enfant',
		birth: 'Date de naissance (ou prévue)',
		start: 'Date de début d’accueil',
		dateHint: 'Par exemple 15/03/2027.',
		schedule: 'Jours et horaires à couvrir',
		scheduleHint:
			'Laissez vides les jours sans besoin. Une fin avant le début est une nuit (21:00 → 07:00).',
		day: (day: string) => day,
		from: (day: string) => `${day} : début`,
		to: (day: string) => `${day} : fin`,
		offer: 'Accueil',
		atypical: 'Horaires atypiques',
		periscolaire: 'Accueil périscolaire',
		disability: 'Accueil d’un enfant en situation de handicap',
		siblings: 'Places à la fois (fratrie)',
		siblingsNone: 'Une seule',
		setting: 'Lieu d’accueil',
		settingAll: 'Domicile ou MAM',
		order: 'Ordre de la liste',
		orderHint: 'L’ordre tournant est tiré au sort et noté : le même tirage redonne le même ordre.',
		seed: (seed: number) => `Tirage n° ${seed}`,
		newSeed: 'Nouveau tirage',
		submit: 'Rechercher',
		reset: 'Effacer les critères',
		results: 'Résultats',
		count: (n: number) =>
			n === 0
				? 'Aucune assistante maternelle ne correspond.'
				: `${counted(n, 'assistante maternelle correspond', 'assistantes maternelles correspondent')}.`,
		range: (from: number, to: number, total: number) => `${from} à ${to} sur ${total}`,
		notSearched: 'Corrigez les critères signalés pour lancer la recherche.',
		withoutCentroid: (n: number) =>
			`${counted(n, 'assistante maternelle n’a pas pu être placée', 'assistantes maternelles n’ont pas pu être placées')} : sa commune n’a pas de coordonnées.`,
		originWithoutCentroid:
			'La commune choisie n’a pas de coordonnées : aucune distance ne peut être calculée.',
		emptyTitle: 'Personne ne correspond à ces critères',
		emptyText: 'Élargissez la distance, les horaires ou retirez un critère.',
		address: 'Adresse',
		communeOnly: (commune: string) => `${commune} (adresse non publiée)`,
		phone: 'Téléphone',
		email: 'Courriel',
		contactsHidden: 'Coordonnées non publiées, à sa demande',
		distance: (km: number) => formatKm(km),
		places: 'Places libres',
		offers: 'Offre',
		languages: 'Langues',
		mam: (name: string) => `MAM ${name}`,
		pages: {
			label: 'Pages de résultats',
			first: 'Première page',
			previous: 'Page précédente',
			next: 'Page suivante',
			current: (page: number, count: number) => `Page ${page} sur ${count}`
		},
		open: (name: string) => `Voir la fiche de ${name}`
	},
	detail: {
		documentTitle: (name: string) => `${name} — annuaire`,
		back: 'Retour à l’annuaire',
		correct: 'Corriger ses données',
		licence: 'Agrément',
		licenceNumber: 'Numéro d’agrément',
		grantedOn: 'Délivré le',
		renewalOn: 'À renouveler le',
		placesTotal: 'Places de l’agrément',
		placesUnder3: 'dont moins de 3 ans',
		status: 'Statut',
		statusSince: (since: string) => `depuis le ${since}`,
		work: 'Lieu d’accueil',
		setting: 'Cadre',
		address: 'Adresse',
		publication: 'Publication de l’adresse',
		publications: {
			full_address: 'Adresse publiée',
			commune_only: 'Seule la commune est publiée'
		},
		contacts: 'Coordonnées',
		objection: 'Publication des coordonnées',
		objectionYes: 'Elle s’y oppose : les listes ne les montrent pas.',
		objectionNo: 'Publiées dans les listes',
		availability: 'Disponibilités',
		declaredOn: (date: string) => `Déclarées le ${date}`,
		selfDeclared:
			'Les disponibilités sont déclarées par l’assistante maternelle elle-même ; le relais ne peut pas les saisir à sa place.',
		offer: 'Offre d’accueil',
		none: 'Non renseigné',
		yes: 'Oui',
		no: 'Non'
	},
	siblings: (n: number) => `${n} ${plural(n, 'place', 'places')} à la fois`
};
