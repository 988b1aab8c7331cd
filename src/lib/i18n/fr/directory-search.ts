import { formatDate } from '$lib/format/dates';
import { formatTimeRange } from '$lib/format/times';
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
	siblings: (n: number) => `${n} ${plural(n, 'place', 'places')} à la fois`
};
