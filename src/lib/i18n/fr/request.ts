/** Texts of the family's childcare request: the form, its errors, the summary. */
export const request = {
	form: {
		expired:
			'Ce formulaire a expiré : il est gardé 24 heures. Vos réponses n’ont pas été envoyées. Recommencez la demande.',
		rateLimited:
			'Trop de demandes ont été envoyées depuis cette connexion. Réessayez dans une heure, ou appelez le relais.',
		refused: 'La demande n’a pas pu être envoyée. Si le problème continue, appelez le relais.',
		tooManyDrafts:
			'Beaucoup de demandes ont été commencées depuis cette connexion. Réessayez dans une heure. Vous pouvez aussi appeler le relais : il peut prendre votre demande par téléphone.',
		tooManySaves:
			'Beaucoup de réponses ont été enregistrées depuis cette connexion. Cette étape n’a pas été enregistrée. Réessayez dans une heure, ou appelez le relais.',
		stepTooLarge:
			'Cette étape contient trop de texte pour être enregistrée. Raccourcissez vos réponses, puis enregistrez de nouveau.'
	},
	errors: {
		parentNamesRequired:
			'Indiquez votre nom et prénom (et ceux de l’autre parent si vous le souhaitez).',
		parentNamesTooLong: 'Le nom doit faire au plus 200 caractères.',
		emailRequired:
			'Indiquez votre adresse électronique : nous y enverrons la confirmation et le lien de suivi.',
		emailInvalid: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
		phoneInvalid:
			'Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78. Pour un numéro étranger, ajoutez l’indicatif du pays, par exemple +44 20 7946 0958.',
		phoneRequiredForPhoneMode:
			'Indiquez un numéro de téléphone : vous avez choisi un rendez-vous par téléphone.',
		contactRequired: 'Indiquez au moins une adresse électronique ou un numéro de téléphone.',
		modeRequired: 'Choisissez le type de rendez-vous : au relais ou par téléphone.',
		tooLong: (max: number) => `Ce champ doit faire au plus ${max} caractères.`,
		communeRequired: 'Indiquez votre commune ou son code postal.',
		communeNotServed:
			'Les relais de ce site ne s’occupent pas de cette commune. Pour trouver le relais de votre commune, demandez à votre mairie ou allez sur le site monenfant.fr.',
		communeAmbiguous: 'Plusieurs communes correspondent : choisissez la vôtre dans la liste.',
		communeUnknown:
			'Nous ne trouvons pas cette commune. Vérifiez son orthographe, ou tapez son code postal.',
		communeUnknownSuggestions:
			'Nous ne trouvons pas cette commune. Vérifiez son orthographe, ou choisissez-la dans la liste juste en dessous.',
		workCommuneUnknown:
			'Nous ne trouvons pas cette commune. Vérifiez l’orthographe ou laissez ce champ vide.',
		workCommuneUnknownSuggestions:
			'Nous ne trouvons pas cette commune. Choisissez-la dans la liste juste en dessous, vérifiez l’orthographe, ou laissez ce champ vide.',
		childrenRequired: 'Indiquez au moins un enfant.',
		childrenTooMany:
			'Une demande peut concerner au plus 4 enfants. Pour plus, contactez le relais.',
		childStatusRequired: 'Indiquez si l’enfant est déjà né ou attendu.',
		dateRequired: 'Indiquez une date complète, par exemple 15/03/2026.',
		dateInvalid: 'Cette date n’existe pas. Indiquez une date au format jour/mois/année.',
		birthDateInFuture:
			'La date de naissance ne peut pas être dans le futur. Si l’enfant n’est pas encore né, choisissez « attendu ».',
		birthDateTooOld: 'L’enfant doit avoir moins de 12 ans.',
		expectedDateInPast:
			'La date de naissance prévue doit être aujourd’hui ou plus tard. Si l’enfant est né, choisissez « déjà né ».',
		expectedDateTooFar: 'La date de naissance prévue doit être dans les 10 prochains mois.',
		startRequired: 'Indiquez la date à laquelle l’accueil doit commencer.',
		startInPast: 'La date de début ne peut pas être dans le passé.',
		startTooFar: 'La date de début doit être dans les 3 prochaines années.',
		latestBeforeStart: 'La date limite doit être le même jour ou après la date de début souhaitée.',
		latestInPast: 'La date de début au plus tard ne peut pas être dans le passé.',
		latestTooFar: 'La date de début au plus tard doit être dans les 3 prochaines années.',
		regularityRequired: 'Indiquez si l’accueil est régulier ou occasionnel.',
		timeInvalid: 'Indiquez une heure au format 08:30.',
		timeMissingEnd: 'Indiquez aussi l’heure de fin.',
		timeMissingStart: 'Indiquez aussi l’heure de début.',
		endBeforeStart:
			'L’heure de fin doit être après l’heure de début. Pour une garde de nuit, cochez « jusqu’au lendemain ».',
		scheduleRequired: 'Indiquez les horaires d’au moins un jour, ou cochez « horaires variables ».',
		choiceInvalid: 'Choisissez parmi les options proposées.',
		careKindsRequired: 'Choisissez au moins un mode d’accueil, ou « pas de préférence ».',
		commentTooLong: 'Le commentaire doit faire au plus 2 000 caractères.',
		consentRequired:
			'Pour envoyer la demande, cochez la case après avoir lu l’information sur vos données.'
	}
};
