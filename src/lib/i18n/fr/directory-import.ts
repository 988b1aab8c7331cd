import { formatCount } from '../../format/numbers';
import { counted } from './plural';

/** The coordinator's import of the directory's lists (/territoire/annuaire…). */
export const directoryImport = {
	navLabel: 'Annuaire',
	kinds: {
		childminders: 'Assistantes maternelles agréées (liste de la PMI)',
		structures: 'Structures collectives (crèches, micro-crèches, accueils de loisirs…)'
	},
	statuses: {
		uploaded: 'À vérifier',
		running: 'En cours',
		done: 'Terminé',
		failed: 'Échoué',
		cancelled: 'Annulé'
	},
	fields: {
		licenceNumber: 'Numéro d’agrément',
		lastName: 'Nom',
		firstName: 'Prénom',
		licenceGrantedOn: 'Date d’agrément',
		licenceRenewalOn: 'Date de renouvellement',
		placesTotal: 'Nombre de places',
		placesUnder3: 'Places de moins de 3 ans',
		address: 'Adresse',
		postalCode: 'Code postal',
		communeInsee: 'Code INSEE de la commune',
		commune: 'Commune',
		phone: 'Téléphone',
		email: 'Adresse électronique',
		mamName: 'Nom de la MAM',
		externalRef: 'Référence (FINESS, SIRET…)',
		kind: 'Type de structure',
		name: 'Nom de la structure',
		ageMin: 'Âge minimum',
		ageMax: 'Âge maximum',
		hours: 'Horaires',
		capacity: 'Capacité',
		website: 'Site internet'
	},
	/** The columns of the preview: the values as they will be written. */
	previewColumns: {
		licenceNumber: 'N° d’agrément',
		lastName: 'Nom',
		firstName: 'Prénom',
		licenceGrantedOn: 'Agrément',
		licenceRenewalOn: 'Renouvellement',
		placesTotal: 'Places',
		placesUnder3: 'Moins de 3 ans',
		address: 'Adresse',
		communeInsee: 'Code INSEE',
		phone: 'Téléphone',
		email: 'Courriel',
		mamName: 'MAM',
		externalRef: 'Référence',
		kind: 'Type',
		name: 'Nom',
		ageMinMonths: 'Âge min. (mois)',
		ageMaxMonths: 'Âge max. (mois)',
		hours: 'Horaires',
		capacity: 'Capacité',
		website: 'Site'
	},
	list: {
		title: 'Importer l’annuaire',
		lead: 'Importez la liste des assistantes maternelles agréées transmise par la PMI du département, ou une liste de structures collectives. Le fichier peut être un CSV (séparé par des points-virgules ou des virgules) ou un classeur .xlsx ; vous vérifiez les colonnes avant l’import.',
		uploadTitle: 'Nouveau fichier',
		kind: 'Type de liste',
		file: 'Fichier',
		fileHint:
			'CSV ou .xlsx, 15 Mo au plus, 50 000 lignes au plus. La première ligne porte les noms des colonnes.',
		submit: 'Envoyer le fichier',
		historyTitle: 'Imports',
		caption: 'Imports de l’annuaire, du plus récent au plus ancien',
		empty: 'Aucun import n’a encore été fait.',
		columns: {
			date: 'Envoyé le',
			file: 'Fichier',
			kind: 'Liste',
			status: 'État',
			lines: 'Lignes',
			created: 'Créées',
			updated: 'Mises à jour',
			unchanged: 'Inchangées',
			errors: 'Refusées'
		},
		kindShort: { childminders: 'Assistantes maternelles', structures: 'Structures' }
	},
	upload: {
		kindMissing: 'Choisissez le type de liste.',
		fileMissing: 'Choisissez le fichier à importer.'
	},
	mapping: {
		back: 'Retour aux imports',
		title: (fileName: string) => `Import de « ${fileName} »`,
		lead: 'Indiquez à quel champ correspond chaque colonne du fichier. Les colonnes reconnues sont déjà choisies ; une colonne laissée sur « Ne pas importer » est ignorée.',
		format: (format: string, lines: number) =>
			`Format lu : ${format} · ${counted(lines, 'ligne', 'lignes')} de données.`,
		columnsTitle: 'Colonnes du fichier',
		columnLabel: (header: string) => `Colonne « ${header} »`,
		ignore: 'Ne pas importer',
		required: 'obligatoire',
		preview: 'Aperçu',
		previewTitle: 'Aperçu des 10 premières lignes',
		previewCaption: 'Les 10 premières lignes telles qu’elles seront importées',
		previewLine: 'Ligne',
		previewResult: 'Résultat',
		previewOk: 'Importable',
		start: 'Lancer l’import',
		startHint:
			'Les lignes correctes sont importées, chaque ligne refusée est signalée avec son numéro et la raison.',
		summaryTitle: 'La correspondance des colonnes est incomplète',
		unknownColumn: (header: string) =>
			`La colonne « ${header} » n’existe pas dans le fichier ou son champ est inconnu.`,
		fieldTwice: (field: string) =>
			`Le champ « ${field} » est choisi pour plusieurs colonnes : gardez-en une.`,
		fieldMissing: (field: string) =>
			`Le champ obligatoire « ${field} » n’est associé à aucune colonne.`,
		communeMissing: 'Associez une colonne à la commune (son nom ou son code INSEE).',
		alreadyRunning:
			'Un import est déjà en cours. Attendez qu’il se termine avant d’en lancer un autre.',
		notStartable: 'Cet import a déjà été lancé.'
	},
	progress: {
		title: 'Import en cours',
		counted: (done: number, total: number) =>
			`${done} ligne${done > 1 ? 's' : ''} traitée${done > 1 ? 's' : ''} sur ${total}.`,
		label: 'Avancement de l’import',
		refreshes: 'Cette page se met à jour toute seule toutes les deux secondes.',
		stopRefresh: 'Ne plus actualiser la page automatiquement',
		refreshNow: 'Actualiser la page'
	},
	report: {
		title: 'Compte rendu',
		failed:
			'L’import a échoué en cours de route. Les lots déjà importés sont conservés ; envoyez le fichier de nouveau pour terminer (les lignes déjà importées resteront inchangées).',
		interrupted:
			'L’import s’est interrompu (le serveur a redémarré). Envoyez le fichier de nouveau pour le reprendre : les lignes déjà importées resteront inchangées.',
		counts: {
			lines: 'Lignes lues',
			created: 'Créées',
			updated: 'Mises à jour',
			unchanged: 'Inchangées',
			errors: 'Refusées'
		},
		errorsTitle: 'Lignes refusées',
		errorsCaption:
			'Lignes refusées, avec leur numéro dans le fichier (la ligne 1 est celle des titres)',
		noErrors: 'Aucune ligne n’a été refusée.',
		line: 'Ligne',
		reason: 'Raison',
		pages: 'Pages des lignes refusées',
		pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
		first: 'Première page',
		previous: 'Page précédente',
		next: 'Page suivante',
		absentTitle: 'Assistantes maternelles absentes de la nouvelle liste',
		absentLead: (count: number) =>
			`${counted(count, 'assistante maternelle active n’est', 'assistantes maternelles actives ne sont')} pas dans ce fichier. Si la PMI ne les compte plus parmi les agréées, passez-les « en arrêt » : elles ne figureront plus dans les listes remises aux familles.`,
		absentNone: 'Toutes les assistantes maternelles actives figurent dans ce fichier.',
		absentCaption: 'Assistantes maternelles actives absentes du fichier',
		absentMore: (count: number) => `… et ${count} autre${count > 1 ? 's' : ''}.`,
		absentColumns: { licence: 'N° d’agrément', name: 'Nom', commune: 'Commune' },
		confirmStop: (count: number) => `Passer ces ${count} assistantes maternelles en arrêt`,
		confirmStopOne: 'Passer cette assistante maternelle en arrêt',
		stopped: (count: number) =>
			`${counted(count, 'assistante maternelle passée', 'assistantes maternelles passées')} en arrêt.`,
		stopChanged:
			'La liste des absentes a changé depuis l’affichage de la page : vérifiez-la de nouveau.',
		stopNotLatest:
			'Un import plus récent de la liste a été fait : c’est depuis son compte rendu que les absentes peuvent être arrêtées.'
	},
	errors: {
		empty: 'Le fichier est vide : la première ligne doit porter les noms des colonnes.',
		tooLarge: 'Le fichier dépasse 15 Mo. Découpez la liste en plusieurs fichiers.',
		tooManyLines: (max: number) =>
			`Le fichier dépasse ${formatCount(max)} lignes. Découpez la liste en plusieurs fichiers.`,
		tooManyColumns: (max: number) =>
			`Le fichier a plus de ${max} colonnes : ce n’est pas une liste attendue.`,
		cellTooLong: (max: number) =>
			`Une cellule du fichier dépasse ${max} caractères : ce n’est pas une liste attendue.`,
		csvUnreadable:
			'Le fichier CSV n’a pas pu être lu (guillemets mal fermés ?). Enregistrez-le de nouveau depuis le tableur.',
		xlsxUnreadable:
			'Le classeur n’a pas pu être lu. Enregistrez-le au format .xlsx ou CSV et envoyez-le de nouveau.',
		xlsxTooLarge:
			'Le classeur est bien trop volumineux une fois décompressé pour une liste : enregistrez-le au format CSV.',
		oldExcel:
			'Les classeurs Excel 97-2003 (.xls) ne sont pas lus : enregistrez-le au format .xlsx ou CSV.',
		noHeaders: 'La première ligne du fichier ne porte aucun nom de colonne.'
	},
	lineErrors: {
		licenceMissing: 'Numéro d’agrément manquant.',
		licenceTooLong: 'Numéro d’agrément trop long (40 caractères au plus).',
		licenceTwice: (line: number) => `Numéro d’agrément déjà présent à la ligne ${line}.`,
		externalRefTwice: (line: number) => `Référence déjà présente à la ligne ${line}.`,
		lastNameMissing: 'Nom manquant.',
		firstNameMissing: 'Prénom manquant.',
		placesMissing: 'Nombre de places manquant.',
		placesInvalid: (typed: string, max: number) =>
			`Nombre de places « ${typed} » incorrect : un nombre entier de 0 à ${max} est attendu.`,
		placesUnder3Invalid: (typed: string, max: number) =>
			`Places de moins de 3 ans « ${typed} » incorrectes : un nombre entier de 0 à ${max} (le nombre de places) est attendu.`,
		dateInvalid: (typed: string) =>
			`Date « ${typed} » incorrecte : une date jj/mm/aaaa est attendue.`,
		communeMissing: 'Commune manquante.',
		unknownInsee: (code: string) => `Code INSEE « ${code} » inconnu.`,
		unknownCommune: (name: string) => `Commune « ${name} » inconnue.`,
		unknownCommuneWithPostal: (name: string, postal: string) =>
			`Commune « ${name} » (${postal}) inconnue.`,
		ambiguousCommune: (name: string) =>
			`Plusieurs communes s’appellent « ${name} » : ajoutez le code postal ou le code INSEE.`,
		phoneInvalid: (typed: string) => `Téléphone « ${typed} » incorrect.`,
		emailInvalid: (typed: string) => `Adresse électronique « ${typed} » incorrecte.`,
		externalRefMissing: 'Référence manquante.',
		kindUnknown: (typed: string) =>
			`Type de structure « ${typed} » non reconnu (crèche, multi-accueil, micro-crèche, crèche familiale, garde à domicile, accueil de loisirs).`,
		nameMissing: 'Nom de la structure manquant.',
		ageInvalid: (typed: string) =>
			`Âge « ${typed} » incorrect : un nombre de mois, ou « 2 mois », « 3 ans », est attendu.`,
		agesReversed: 'L’âge maximum doit être supérieur à l’âge minimum.',
		capacityInvalid: (typed: string) =>
			`Capacité « ${typed} » incorrecte : un nombre entier est attendu.`,
		websiteInvalid: (typed: string) => `Site internet « ${typed} » incorrect.`,
		notWritten: 'Ligne refusée par la base de données (valeurs incohérentes).'
	}
};
