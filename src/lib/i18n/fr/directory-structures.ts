import type { CareStructureKind } from '$lib/directory/directory-options';

/** The other care of the relay's territory (staff pages), and a structure's form. */
export const directoryStructures = {
	/** The kinds, in the fixed order pages and family lists group them. */
	kinds: {
		creche: 'Crèches',
		multi_accueil: 'Multi-accueils',
		micro_creche: 'Micro-crèches',
		creche_familiale: 'Crèches familiales',
		mam: 'Maisons d’assistants maternels (MAM)',
		home_care_service: 'Services de garde à domicile',
		accueil_loisirs: 'Accueils de loisirs'
	} satisfies Record<CareStructureKind | 'mam', string>,
	/** One structure's kind, for the form's choice. */
	kind: {
		creche: 'Crèche',
		multi_accueil: 'Multi-accueil',
		micro_creche: 'Micro-crèche',
		creche_familiale: 'Crèche familiale',
		home_care_service: 'Service de garde à domicile',
		accueil_loisirs: 'Accueil de loisirs (périscolaire, mercredis, vacances)'
	} satisfies Record<CareStructureKind, string>,
	title: 'Autres modes d’accueil du territoire',
	caption: 'Annuaire',
	lead: 'Toutes les structures d’accueil des communes du relais, à présenter aux familles à côté des assistantes maternelles, sans les opposer. Elles sont rangées par type, puis par commune et par nom : le même ordre pour toutes les familles.',
	add: 'Ajouter une structure',
	empty: 'Aucune structure pour le moment',
	emptyText:
		'Les structures arrivent par l’import de la liste des structures, ou un administrateur du relais les ajoute une à une.',
	emptyTextAdmin:
		'Les structures arrivent par l’import de la liste des structures, ou ajoutez-les une à une avec le bouton « Ajouter une structure ».',
	groupCaption: (kind: string, count: number) =>
		`${kind} : ${count} ${count > 1 ? 'structures' : 'structure'}`,
	columns: {
		name: 'Nom',
		commune: 'Commune',
		address: 'Adresse',
		ages: 'Âges',
		hours: 'Horaires',
		capacity: 'Places',
		contact: 'Contact'
	},
	notGiven: 'Non précisé',
	closedTitle: 'Structures fermées',
	closedLead:
		'Elles ne sont plus présentées aux familles. Ouvrez-en une pour la rouvrir ou la corriger.',
	closedCaption: 'Structures fermées du territoire',
	mamAges: 'Selon l’agrément de chaque assistante maternelle',
	website: 'Site internet',
	editLink: (name: string) => `Modifier « ${name} »`,
	form: {
		newTitle: 'Ajouter une structure',
		editTitle: (name: string) => `Modifier « ${name} »`,
		back: 'Retour aux autres modes d’accueil',
		kind: 'Type de structure',
		name: 'Nom',
		nameHint: 'Par exemple : Multi-accueil Les Frimousses',
		commune: 'Commune',
		communeHint: 'Une commune du relais.',
		chooseCommune: 'Choisissez une commune',
		chooseKind: 'Choisissez un type',
		address: 'Adresse',
		addressHint: 'Numéro et rue, sans la commune.',
		ageMin: 'Âge minimum, en mois',
		ageMax: 'Âge maximum, en mois',
		ageHint: 'En mois : 3 ans = 36. Laissez vide si l’âge n’est pas limité.',
		hours: 'Horaires',
		hoursHint: 'Par exemple : du lundi au vendredi, 7 h 30 – 18 h 30',
		capacity: 'Nombre de places',
		phone: 'Téléphone',
		email: 'Adresse électronique',
		website: 'Site internet',
		websiteHint: 'Adresse commençant par https://',
		active: 'Structure ouverte (présentée aux familles)',
		create: 'Ajouter la structure',
		save: 'Enregistrer la structure',
		created: (name: string) => `La structure « ${name} » est ajoutée.`,
		updated: 'La structure est modifiée.'
	},
	errors: {
		kindRequired: 'Choisissez le type de structure.',
		nameRequired: 'Indiquez le nom de la structure.',
		nameTooLong: 'Le nom ne doit pas dépasser 160 caractères.',
		communeRequired: 'Choisissez une commune du relais.',
		addressTooLong: 'L’adresse ne doit pas dépasser 300 caractères.',
		ageInvalid: 'Indiquez un nombre de mois entier, de 0 à 216.',
		ageOrder: 'L’âge maximum doit être supérieur à l’âge minimum.',
		hoursTooLong: 'Les horaires ne doivent pas dépasser 300 caractères.',
		capacityInvalid: 'Indiquez un nombre de places entier, de 0 à 1 000.',
		phoneInvalid: 'Indiquez un numéro de téléphone valide, par exemple 02 99 12 34 56.',
		emailInvalid: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
		websiteInvalid: 'Indiquez une adresse de site commençant par https:// ou http://.'
	}
};
