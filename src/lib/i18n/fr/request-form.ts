/**
 * The pages of the family's online request: the start page, the five steps, the summary and
 * the confirmation. Many parents read little French: short sentences, one idea each,
 * everyday words, "vous", abbreviations explained. Each personal datum asked says why it is
 * asked (its hint). Every kind of care is presented without ranking them or opposing
 * individual and collective care. The error messages of the fields are in `request.errors`
 * (shared with the server's validation).
 */
const days = {
	mon: 'Lundi',
	tue: 'Mardi',
	wed: 'Mercredi',
	thu: 'Jeudi',
	fri: 'Vendredi',
	sat: 'Samedi',
	sun: 'Dimanche'
};

export const requestForm = {
	start: {
		documentTitle: 'Faire une demande d’accueil',
		title: 'Faire une demande d’accueil pour votre enfant',
		lead: 'Remplissez ce formulaire. Le Relais Petite Enfance (le relais) vous propose ensuite un rendez-vous. Ensemble, vous cherchez un mode d’accueil pour votre enfant.',
		facts: {
			title: 'Bon à savoir',
			items: [
				'Cela prend environ 5 minutes.',
				'Vous n’avez pas besoin de créer un compte.',
				'C’est gratuit.',
				'Vous pouvez faire la demande avant la naissance de votre bébé.',
				'Rien n’est envoyé avant la dernière étape.',
				'Vos réponses sont gardées 24 heures, le temps de remplir le formulaire.'
			]
		},
		asked: {
			title: 'Ce que nous allons vous demander',
			items: [
				'Vos coordonnées : votre nom, votre adresse électronique (e-mail) et votre téléphone.',
				'Votre commune.',
				'Vos enfants : la date de naissance, ou la date prévue si le bébé n’est pas encore né.',
				'Votre besoin : à partir de quand, quels jours et à quelles heures.',
				'Enfin, un résumé à vérifier avant d’envoyer.'
			]
		},
		needed: {
			title: 'Ce qu’il vous faut',
			items: [
				'Une adresse électronique : vous y recevrez la confirmation et un lien pour suivre votre demande.',
				'La date de naissance de chaque enfant, ou la date prévue.',
				'Vos horaires de travail, si vous les connaissez.'
			]
		},
		otherWays: {
			title: 'Vous préférez parler à quelqu’un ?',
			text: 'Vous pouvez aussi appeler le relais ou venir au relais. Une animatrice ou un animateur remplit la demande avec vous.'
		},
		submit: 'Commencer ma demande'
	},

	/** The five steps, in order: the title of the page and the short name in the progress list. */
	steps: {
		contact: { title: 'Vos coordonnées', short: 'Coordonnées' },
		commune: { title: 'Votre commune', short: 'Commune' },
		children: { title: 'Vos enfants', short: 'Enfants' },
		need: { title: 'Votre besoin d’accueil', short: 'Besoin' },
		send: { title: 'Vérifier et envoyer', short: 'Envoi' }
	},
	/** The document title of a step: the step first, so that tabs and history tell them apart. */
	documentTitle: (title: string, number: number, count: number) =>
		`${title} (étape ${number} sur ${count}) — Demande d’accueil`,
	progress: {
		count: (number: number, count: number) => `Étape ${number} sur ${count}`,
		label: 'Les étapes de la demande',
		/** Read after each step's name, hidden on screen (a mark or a bar shows it). */
		state: { done: '(terminée)', current: '(étape en cours)', upcoming: '(à venir)' }
	},
	actions: {
		next: 'Continuer',
		back: 'Retour',
		send: 'Envoyer ma demande'
	},
	verify:
		'Une réponse de cette étape n’est plus valable (par exemple, une date est passée). Corrigez-la, puis continuez.',
	connectionLost:
		'La connexion a été coupée : cette étape n’a pas été enregistrée. Vos réponses sont toujours là. Réessayez dans un instant.',
	expired: {
		documentTitle: 'Formulaire expiré',
		title: 'Ce formulaire n’est plus disponible',
		text: 'Il a peut-être déjà été envoyé. Ou bien il a expiré : les réponses sont gardées 24 heures. Vous n’avez pas reçu de confirmation ? Alors votre demande n’a pas été envoyée.',
		restart: 'Recommencer ma demande'
	},

	contact: {
		intro:
			'Le relais utilise ces informations pour vous appeler ou vous écrire, et pour vous donner un rendez-vous.',
		parentNames: 'Vos nom et prénom',
		parentNamesHint:
			'Pour savoir qui fait la demande. Vous pouvez ajouter le nom de l’autre parent. Par exemple : Awa Diallo et Karim Benali.',
		email: 'Adresse électronique (e-mail)',
		emailHint:
			'Pour vous envoyer la confirmation, le rendez-vous et un lien pour suivre votre demande. Par exemple : nom@exemple.fr',
		appointmentMode: 'Pour le rendez-vous avec le relais, vous préférez :',
		appointmentModes: {
			relay: {
				label: 'Au relais',
				hint: 'Vous rencontrez une animatrice ou un animateur du relais.'
			},
			phone: { label: 'Par téléphone', hint: 'Le relais vous appelle.' }
		},
		phone: 'Téléphone',
		phoneHint:
			'Pour vous rappeler et vous donner le rendez-vous. Obligatoire si vous choisissez un rendez-vous par téléphone. Par exemple : 06 12 34 56 78',
		contactTimes: 'Quand préférez-vous être appelé ?',
		contactTimesHint:
			'Pour vous appeler au bon moment. Par exemple : le matin, ou en semaine après 17 h.',
		homeLanguage: 'Langue parlée à la maison',
		homeLanguageHint: 'Pour préparer le rendez-vous avec vous. Par exemple : arabe, anglais, wolof.'
	},

	commune: {
		intro: 'Le relais de votre commune s’occupera de votre demande.',
		residence: 'Votre commune',
		residenceHint:
			'Pour trouver votre relais et des modes d’accueil près de chez vous. Tapez le nom de la commune ou son code postal. Par exemple : Bruz, ou 35170. Des suggestions s’affichent pendant que vous tapez.',
		ambiguous: 'Plusieurs communes ont ce nom ou ce code postal. Laquelle est la vôtre ?',
		ambiguousWork:
			'Plusieurs communes ont ce nom ou ce code postal. Dans laquelle travaillez-vous ?',
		/** Also the text sent back when chosen from the suggestions: the same in every language. */
		option: (name: string, postalCodes: string[]) => `${name} (${postalCodes.join(', ')})`,
		work: 'Commune où vous travaillez',
		workHint:
			'Si elle est différente de votre commune. Le relais pourra aussi chercher un accueil près de votre travail.',
		suggestions: 'Vouliez-vous dire :',
		suggestionsWork: 'Vouliez-vous dire, pour la commune où vous travaillez :',
		/** Under a commune not found or not served; the message itself is the field's error. */
		elsewhere: {
			linkIntro: 'Vous pouvez aussi chercher le relais de votre commune sur',
			link: 'monenfant.fr, le site de la Caf (Caisse d’allocations familiales) sur l’accueil des jeunes enfants',
			href: 'https://monenfant.fr'
		}
	},

	children: {
		intro:
			'Indiquez chaque enfant à faire garder, même s’il n’est pas encore né. Une demande peut concerner jusqu’à 4 enfants.',
		child: (n: number) => `Enfant ${n}`,
		/** The error summary names the child of a field. */
		errorOf: (n: number, message: string) => `Enfant ${n} : ${message}`,
		status: 'L’enfant est :',
		statuses: { born: 'Déjà né(e)', expected: 'Naissance attendue (pas encore né(e))' },
		date: {
			unknown: 'Date de naissance, ou date prévue',
			born: 'Date de naissance',
			expected: 'Date de naissance prévue'
		},
		dateHint:
			'Pour chercher une place pour l’âge de votre enfant. Jour, mois, année. Par exemple : 15/03/2026.',
		support: 'L’enfant a-t-il un handicap, une maladie ou un besoin d’accompagnement particulier ?',
		supportHint:
			'Vous n’êtes pas obligé de répondre. Nous le demandons pour trouver un lieu qui pourra bien accueillir votre enfant. Seule l’équipe du relais verra votre réponse. Vous pourrez en parler pendant le rendez-vous.',
		supports: { yes: 'Oui', no: 'Non', unsaid: 'Je préfère ne pas répondre' },
		add: 'Ajouter un enfant',
		remove: 'Retirer le dernier enfant',
		maxReached:
			'Vous avez indiqué 4 enfants : c’est le maximum pour une demande. Pour plus d’enfants, parlez-en au relais pendant le rendez-vous.'
	},

	need: {
		intro:
			'Dites-nous quand votre enfant doit être accueilli. Vous ne savez pas encore tout ? Donnez une idée : vous en parlerez pendant le rendez-vous.',
		desiredStart: 'À partir de quand avez-vous besoin d’un accueil ?',
		desiredStartHint:
			'Pour chercher une place libre à cette date. Jour, mois, année. Par exemple : 01/09/2026.',
		latestStart: 'Date de début au plus tard',
		latestStartHint:
			'Si l’accueil doit avoir commencé avant une date. Par exemple : la fin de votre congé parental.',
		regularity: 'L’accueil est :',
		regularities: {
			regular: {
				label: 'Régulier',
				hint: 'Les mêmes jours chaque semaine, par exemple pendant votre travail.'
			},
			occasional: {
				label: 'Occasionnel',
				hint: 'De temps en temps, quelques heures ou quelques jours.'
			}
		},
		schedule: {
			title: 'Jours et horaires',
			intro:
				'Pour trouver un accueil ouvert aux bonnes heures. Pour chaque jour d’accueil, indiquez l’heure de début et l’heure de fin. Laissez vides les jours sans accueil.',
			days,
			start: 'Début',
			end: 'Fin',
			overnight: 'Jusqu’au lendemain',
			/** The error summary names the day of a field of the grid. */
			errorOf: (day: string, message: string) => `${day} : ${message}`
		},
		variableHours: 'Mes horaires varient d’une semaine à l’autre',
		variableHoursHint:
			'Cochez si vous ne pouvez pas donner d’horaires fixes. Vous pouvez quand même remplir une semaine habituelle.',
		atypical: {
			explanation:
				'Tôt le matin, tard le soir, la nuit ou le week-end : ce sont des « horaires atypiques ». Le relais en tiendra compte.',
			found: (flags: string[]) => `Horaires atypiques repérés : ${flags.join(', ')}.`,
			none: 'Aucun horaire atypique repéré pour le moment.',
			/** The flags found, in the summary. */
			list: (flags: string[]) => flags.join(', '),
			flags: {
				early: 'avant 7 h',
				late: 'après 19 h',
				saturday: 'samedi',
				sunday: 'dimanche',
				night: 'nuit'
			}
		},
		periscolaire: 'Accueil avant ou après l’école (pour un enfant scolarisé)',
		periscolaireHint:
			'C’est l’accueil « périscolaire ». Ne cochez rien si votre enfant ne va pas encore à l’école.',
		periscolaireNeeds: {
			before_school: 'Avant l’école',
			after_school: 'Après l’école',
			wednesday: 'Le mercredi',
			school_holidays: 'Pendant les vacances scolaires'
		},
		careKinds: 'Quels modes d’accueil vous intéressent ?',
		careKindsHint:
			'Cochez tous ceux qui vous intéressent. Pendant le rendez-vous, le relais vous présentera tous les modes d’accueil. Vous ne savez pas ? Cochez « Pas de préférence ».',
		careKindOptions: {
			childminder_home: {
				label: 'Assistante ou assistant maternel, à son domicile',
				hint: 'Une professionnelle ou un professionnel agréé (autorisé par le Département) garde votre enfant chez elle ou chez lui.'
			},
			mam: {
				label: 'Maison d’assistants maternels (MAM)',
				hint: 'Plusieurs assistantes et assistants maternels accueillent des enfants ensemble, dans un même lieu.'
			},
			creche: {
				label: 'Crèche ou multi-accueil',
				hint: 'Une équipe de professionnels accueille un groupe d’enfants.'
			},
			micro_creche: {
				label: 'Micro-crèche',
				hint: 'Une petite crèche, pour 12 enfants au plus.'
			},
			creche_familiale: {
				label: 'Crèche familiale',
				hint: 'Des assistantes et assistants maternels employés par une crèche accueillent les enfants chez eux. Les enfants se retrouvent aussi en groupe.'
			},
			home_carer: {
				label: 'Garde à domicile',
				hint: 'Une personne garde votre enfant chez vous.'
			},
			shared_home_carer: {
				label: 'Garde partagée',
				hint: 'Une personne garde les enfants de deux familles, chez l’une ou chez l’autre.'
			},
			no_preference: {
				label: 'Pas de préférence',
				hint: 'Vous voulez d’abord connaître les possibilités.'
			}
		}
	},

	send: {
		intro: 'Vérifiez vos réponses. Vous pouvez modifier chaque partie avant d’envoyer.',
		/** The link of each part of the summary; the hidden end says which part. */
		edit: 'Modifier',
		editHidden: (part: string) => `: ${part.toLowerCase()}`,
		invalidStep: {
			title: 'Une partie de votre demande est à vérifier',
			text: 'Une réponse manque ou n’est plus valable (par exemple, une date est passée).',
			link: (title: string) => `Vérifier l’étape « ${title} »`
		},
		summary: {
			notGiven: 'Non indiqué',
			parentNames: 'Nom',
			email: 'Adresse électronique',
			phone: 'Téléphone',
			appointmentMode: 'Rendez-vous',
			appointmentModes: { relay: 'au relais', phone: 'par téléphone' },
			contactTimes: 'Quand vous appeler',
			homeLanguage: 'Langue parlée à la maison',
			residence: 'Commune',
			work: 'Commune de travail',
			born: (date: string) => `Né(e) le ${date}`,
			expected: (date: string) => `Naissance prévue le ${date}`,
			support: (answer: string) => `Handicap ou besoin particulier : ${answer}`,
			supports: { yes: 'oui', no: 'non', unsaid: 'vous préférez ne pas répondre' },
			desiredStart: 'Début souhaité',
			latestStart: 'Au plus tard le',
			regularity: 'Accueil',
			regularities: { regular: 'régulier', occasional: 'occasionnel' },
			schedule: 'Jours et horaires',
			day: (day: string, start: string, end: string, overnight: boolean) =>
				`${day} : de ${start} à ${end}${overnight ? ' (le lendemain)' : ''}`,
			noDay: 'Aucun jour indiqué',
			variableHours: 'Horaires variables d’une semaine à l’autre',
			atypical: 'Horaires atypiques',
			atypicalNone: 'aucun',
			periscolaire: 'Accueil avant ou après l’école',
			careKinds: 'Modes d’accueil qui vous intéressent'
		},
		comment: 'Voulez-vous dire autre chose au relais ?',
		commentHint:
			'Par exemple : une situation particulière, une question. N’écrivez pas d’informations médicales.',
		/**
		 * The information notice (GDPR, art. 13). Change INFORMATION_NOTICE_VERSION
		 * (information-notice.ts) whenever its text changes, in any language.
		 */
		notice: {
			title: 'Vos données personnelles',
			purposeTitle: 'Pourquoi ces informations ?',
			purpose:
				'Le relais utilise vos réponses pour deux choses : organiser un rendez-vous avec vous, et vous aider à trouver un mode d’accueil.',
			whoTitle: 'Qui les voit ?',
			who: [
				'Seule l’équipe du relais de votre commune voit votre demande.',
				'La réponse sur le handicap ou le besoin particulier de votre enfant est facultative. Elle aussi, seule l’équipe du relais la voit.',
				'Les élus du territoire voient seulement des chiffres anonymes, par exemple le nombre de demandes par mois. Ils ne voient jamais votre nom ni votre demande.'
			],
			retentionTitle: 'Combien de temps ?',
			retention:
				'Votre demande est supprimée 2 ans après la clôture de la demande. Le relais garde seulement des chiffres anonymes.',
			rightsTitle: 'Vos droits',
			rights:
				'Vous pouvez demander à voir vos données, à les corriger ou à les supprimer. Vous pouvez aussi refuser qu’elles soient utilisées. Pour cela, contactez le relais.',
			cnil: 'Vous pensez que vos droits ne sont pas respectés ? Vous pouvez vous adresser à la CNIL (Commission nationale de l’informatique et des libertés) :',
			cnilLink: 'cnil.fr',
			cnilHref: 'https://www.cnil.fr'
		},
		consent:
			'J’ai lu ces informations et j’accepte que le relais utilise ces données pour traiter ma demande',
		/** Read by the animator taking the request by phone or at the desk. */
		consentByStaff:
			'J’ai lu ces informations à la famille, qui accepte que le relais utilise ces données pour traiter sa demande',
		/** The trap field for robots: hidden from people and from assistive technologies. */
		honeypot: 'Ne pas remplir ce champ'
	},

	sent: {
		documentTitle: 'Demande envoyée',
		title: 'Votre demande est envoyée',
		lead: (relayName: string) => `Le ${relayName} a bien reçu votre demande.`,
		reference: 'Votre numéro de demande',
		referenceHint: 'Notez-le : le relais vous le demandera si vous l’appelez.',
		/** The reference read aloud, part by part ("V O", "2026", "0 0 0 4 2"), dashes said. */
		spelled: (parts: string[]) => `Pour le dire au téléphone : ${parts.join(', tiret, ')}.`,
		next: {
			title: 'Et maintenant ?',
			appointment: (days: number) =>
				`Le relais vous propose un rendez-vous dans les ${days} jours, au relais ou par téléphone.`,
			meeting:
				'Pendant le rendez-vous, le relais vous présente les modes d’accueil près de chez vous. Il vous donne la liste des assistantes et assistants maternels.',
			email:
				'Nous vous avons envoyé un e-mail. Il contient le résumé de votre demande et un lien personnel pour la suivre. Gardez cet e-mail. Vous ne le trouvez pas ? Regardez dans les courriers indésirables (spam).',
			noEmail: 'Le relais vous contactera par téléphone.'
		},
		question: {
			title: 'Une question ?',
			text: (relayName: string) => `Appelez le ${relayName} au`
		},
		backHome: 'Revenir à l’accueil'
	}
};
