import type { RequestAuditAction, RequestEventKind } from '$lib/requests/request-events';

/** Texts of the relay's queue (`/relais/file`) and of the request page (`/relais/demandes/…`). */

import { counted, plural } from './plural';

const days = (n: number) => counted(n, 'jour', 'jours');

export const queue = {
	navLabel: 'File des demandes',
	statuses: {
		received: 'Reçue',
		in_progress: 'En cours',
		appointment_booked: 'Rendez-vous fixé',
		appointment_held: 'Rendez-vous tenu',
		solution_recorded: 'Solution trouvée',
		closed_without_solution: 'Close sans solution',
		cancelled_by_family: 'Annulée par la famille',
		closed_by_relay: 'Close par le relais'
	},
	channels: {
		online: 'En ligne',
		phone: 'Téléphone',
		desk: 'Accueil du relais',
		monenfant: 'monenfant.fr'
	},
	countdown: {
		remaining: (n: number) => `Reste ${days(n)}`,
		dueToday: (time: string) => `Échéance aujourd’hui à ${time}`,
		overdueToday: (time: string) => `En retard depuis ${time}`,
		overdue: (n: number) => `En retard de ${days(n)}`,
		deadline: (date: string, time: string) => `objectif : ${date} à ${time}`
	},
	ages: {
		unborn: 'pas encore né',
		months: (n: number) => (n < 1 ? 'moins d’un mois' : `${n} mois`),
		years: (years: number, months: number) =>
			months === 0
				? counted(years, 'an', 'ans')
				: `${counted(years, 'an', 'ans')} et ${months} mois`
	},
	home: {
		lead: 'Les demandes ouvertes du relais, de la plus ancienne à la plus récente.',
		/** The words after each counter's number. */
		open: (n: number) => plural(n, 'demande ouverte', 'demandes ouvertes'),
		unassigned: (n: number) => plural(n, 'non attribuée', 'non attribuées'),
		overdue: 'en retard',
		action: 'Ouvrir la file des demandes'
	},
	list: {
		documentTitle: 'File des demandes',
		title: 'File des demandes',
		transferred: (reference: string) =>
			`La demande ${reference} est transférée : elle a quitté la file de votre relais.`,
		lead: (targetDays: number) =>
			`Les demandes ouvertes du relais, toujours de la plus ancienne à la plus récente : les filtres gardent cet ordre. La file s’ouvre sur celles qui attendent un premier rendez-vous ; les autres sont dans le filtre « Statut ». L’objectif est un rendez-vous dans un délai de ${days(targetDays)} après l’arrivée.`,
		counters: {
			title: 'La file en chiffres',
			/** The words after each counter's number. */
			open: (n: number) => plural(n, 'demande ouverte', 'demandes ouvertes'),
			unassigned: (n: number) => plural(n, 'non attribuée', 'non attribuées'),
			overdue: (targetDays: number) => `en retard sur l’objectif de ${days(targetDays)}`
		},
		takeNext: {
			title: 'Prendre une demande',
			help: 'La plus ancienne demande non attribuée vous est attribuée et s’ouvre.',
			submit: 'Prendre la demande suivante',
			empty: 'Aucune demande n’attend : toutes sont déjà attribuées.',
			enterForFamily: 'Saisir une demande reçue par téléphone, à l’accueil ou de monenfant.fr'
		},
		filters: {
			title: 'Filtrer la file',
			status: 'Statut',
			awaitingAppointment: 'En attente d’un premier rendez-vous (reçues et en cours)',
			allOpen: 'Toutes les demandes ouvertes',
			commune: 'Commune de résidence',
			communeAll: 'Toutes les communes',
			assignment: 'Attribution',
			assignmentAll: 'Toutes les demandes',
			mine: 'Attribuées à moi',
			unassigned: 'Non attribuées',
			overdue: 'Seulement les demandes en retard',
			submit: 'Filtrer',
			reset: 'Effacer les filtres'
		},
		results: {
			title: 'Les demandes',
			range: (first: number, last: number, total: number) =>
				total === 0
					? 'Aucune demande'
					: first === last
						? `Demande ${first} sur ${total}`
						: `Demandes ${first} à ${last} sur ${total}`,
			emptyTitle: 'Aucune demande ouverte',
			emptyText:
				'Les nouvelles demandes des familles apparaîtront ici dès leur arrivée, en ligne, par téléphone ou à l’accueil.',
			emptyAwaitingTitle: 'Aucune demande n’attend de premier rendez-vous',
			emptyAwaitingText: (open: number) =>
				`${counted(open, 'demande ouverte a', 'demandes ouvertes ont')} déjà un rendez-vous, fixé ou tenu.`,
			showAllOpen: 'Voir toutes les demandes ouvertes',
			emptyFilteredTitle: 'Aucune demande ne correspond à ces filtres',
			emptyFilteredText: 'Effacez un filtre pour voir plus de demandes.'
		},
		row: {
			position: (rank: number) => `n° ${rank} dans la file`,
			received: 'Arrivée',
			countdown: 'Objectif de rendez-vous',
			commune: 'Commune',
			children: 'Âge à la date souhaitée',
			desiredStart: 'Début souhaité',
			channel: 'Canal',
			status: 'Statut',
			assignee: 'Attribuée à',
			nobody: 'Personne'
		},
		pages: {
			label: 'Pages de la file',
			previous: 'Demandes précédentes',
			next: 'Demandes suivantes',
			first: 'Début de la file'
		}
	},
	request: {
		documentTitle: (reference: string) => `Demande ${reference}`,
		caption: 'Demande',
		backToQueue: 'Retour à la file des demandes',
		receivedOn: (date: string, time: string, channel: string) =>
			`Reçue le ${date} à ${time} (${channel.toLowerCase()}).`,
		assignedTo: (name: string) => `Attribuée à ${name}.`,
		unassigned: 'Attribuée à personne.',
		statusLabel: 'Statut :',
		/** Beside the status, only what it does not say already. */
		appointment: {
			offered: (count: number, until: string) =>
				`${counted(count, 'créneau proposé', 'créneaux proposés')} à la famille, ${plural(count, 'réservé', 'réservés')} jusqu’au ${until}`,
			booked: (when: string, way: string) => `le ${when}, ${way}`,
			next: (when: string, way: string) => `prochain rendez-vous le ${when}, ${way}`,
			byPhone: 'par téléphone',
			atPlace: (place: string) => (place ? `au relais (${place})` : 'au relais'),
			missed: (when: string) => `famille absente au rendez-vous du ${when} : à rappeler`,
			cancelled: (when: string) => `rendez-vous du ${when} annulé : à fixer de nouveau`
		},
		duplicates: {
			title: 'Doublon possible',
			text: 'Ces demandes ouvertes ont la même adresse électronique ou le même téléphone, et un enfant né (ou attendu) le même jour :',
			item: (reference: string, date: string, status: string) =>
				`${reference}, reçue le ${date} (${status.toLowerCase()})`,
			closeHint:
				'Si c’est la même demande, closez l’une des deux avec le motif « doublon » (plus bas, « Clore la demande »).'
		},
		take: {
			title: 'Prendre cette demande',
			inTurn: 'C’est la plus ancienne demande en attente : elle vous sera attribuée.',
			outOfTurn: (n: number) =>
				n === 1
					? 'Une demande plus ancienne attend encore. Pour prendre celle-ci avant, dites pourquoi : la raison est gardée dans le journal.'
					: `${n} demandes plus anciennes attendent encore. Pour prendre celle-ci avant, dites pourquoi : la raison est gardée dans le journal.`,
			reason: 'Pourquoi la prendre avant son tour ?',
			reasonHint: 'Par exemple : la famille a rappelé et part en formation la semaine prochaine.',
			submit: 'Prendre la demande',
			done: 'La demande vous est attribuée.'
		},
		status: {
			title: 'Faire avancer la demande',
			bookingLater:
				'La prise de rendez-vous se fera depuis l’agenda du relais. En attendant, vous pouvez noter vos appels et clore la demande si besoin.',
			to: {
				appointment_held: 'Le rendez-vous a eu lieu'
			},
			done: (status: string) => `La demande est maintenant : ${status.toLowerCase()}.`
		},
		close: {
			title: 'Clore la demande',
			reason: 'Motif',
			reasons: {
				unreachable: 'Famille injoignable',
				duplicate: 'Doublon d’une autre demande',
				out_of_territory: 'Hors du territoire du relais',
				other: 'Autre motif'
			},
			unreachableHint: (min: number, made: number) =>
				`Injoignable : après au moins ${min} tentatives sans réponse notées ci-dessous (${made} pour l’instant).`,
			duplicateOf: 'Référence de la demande gardée',
			duplicateOfHint: 'Pour un doublon : par exemple VO-2026-00042.',
			comment: 'Précisions',
			commentHint:
				'Obligatoires pour « autre motif ». Gardées avec la demande, visibles de l’équipe.',
			submit: 'Clore la demande'
		},
		family: {
			title: 'La famille',
			names: 'Parents',
			email: 'Adresse électronique',
			phone: 'Téléphone',
			none: 'Non indiqué',
			appointmentMode: 'Rendez-vous souhaité',
			contactTimes: 'Quand la joindre',
			homeLanguage: 'Langue parlée à la maison',
			/** The language of the family's mails and tracking pages (staffCommon.familyLocales). */
			locale: 'Langue de la famille',
			localeHint: 'ses courriels et sa page de suivi'
		},
		children: {
			title: 'Les enfants',
			born: (date: string) => `né le ${date}`,
			expected: (date: string) => `naissance prévue le ${date}`,
			ageAtStart: (age: string) => `${age} à la date souhaitée`,
			needsSupport: 'Handicap ou besoin particulier',
			needsSupportAnswers: { yes: 'oui', no: 'non', unknown: 'non précisé' }
		},
		need: {
			title: 'Le besoin',
			comment: 'Commentaire de la famille',
			noComment: 'Aucun commentaire.'
		},
		timeline: {
			title: 'Historique de la demande',
			/** Each reads before « par <personne> » or « par la famille » (see `by`). */
			kinds: {
				received: 'Demande déposée',
				taken: 'Demande prise',
				reassigned: 'Demande réattribuée',
				transferred: 'Demande transférée',
				appointment_proposed: 'Créneaux de rendez-vous proposés',
				appointment_booked: 'Rendez-vous fixé',
				appointment_rescheduled: 'Rendez-vous déplacé',
				appointment_cancelled: 'Rendez-vous annulé',
				appointment_held: 'Rendez-vous tenu',
				appointment_no_show: 'Absence au rendez-vous notée',
				list_given: 'Liste des assistantes et assistants maternels remise',
				solution_recorded: 'Solution enregistrée',
				closed: 'Demande close',
				cancelled_by_family: 'Demande annulée',
				contact_updated: 'Coordonnées corrigées',
				tracking_link_renewed: 'Nouveau lien de suivi demandé',
				reopened: 'Demande rouverte',
				follow_up_sent: 'Courriel de suivi envoyé',
				follow_up_answered: 'Réponse au courriel de suivi',
				personal_data_erased: 'Données personnelles effacées'
			} satisfies Record<RequestEventKind, string>,
			by: (name: string) => `par ${name}`,
			byFamily: 'par la famille',
			outOfTurn: 'hors tour'
		},
		contacts: {
			title: 'Appels et messages',
			empty: 'Aucun appel ni message noté pour l’instant.',
			caption: 'Les tentatives pour joindre la famille, de la plus ancienne à la plus récente',
			columns: { at: 'Date', channel: 'Moyen', outcome: 'Résultat', note: 'Précision', by: 'Par' },
			channels: { call: 'Appel', message: 'Message (SMS, courriel)' },
			outcomes: {
				reached: 'Famille jointe',
				not_reached: 'Pas de réponse',
				message_left: 'Message laissé',
				wrong_number: 'Mauvais numéro'
			},
			form: {
				title: 'Noter un appel ou un message',
				channel: 'Moyen',
				outcome: 'Résultat',
				note: 'Précision',
				submit: 'Noter',
				done: 'C’est noté.'
			}
		},
		notes: {
			title: 'Notes internes',
			lead: 'Visibles de l’équipe du relais seulement. Leur auteur peut les corriger pendant 10 minutes.',
			empty: 'Aucune note pour l’instant.',
			signed: (name: string, date: string, time: string) => `${name}, le ${date} à ${time}`,
			edited: 'corrigée',
			add: 'Nouvelle note',
			addSubmit: 'Ajouter la note',
			edit: 'Corriger la note',
			editSubmit: 'Enregistrer la correction',
			added: 'La note est ajoutée.',
			saved: 'La correction est enregistrée.'
		},
		reassign: {
			title: 'Réattribuer',
			to: 'Confier la demande à',
			choose: 'Choisissez une personne',
			submit: 'Réattribuer',
			done: (name: string) => `La demande est confiée à ${name}.`
		},
		transfer: {
			title: 'Transférer à un autre relais',
			lead: 'La demande quitte la file de votre relais et attend dans celle de l’autre relais, à sa date d’arrivée.',
			to: 'Relais',
			choose: 'Choisissez un relais',
			reason: 'Raison du transfert',
			submit: 'Transférer la demande',
			done: (relay: string) => `La demande est transférée au ${relay}.`
		},
		audit: {
			title: 'Journal des modifications',
			caption: 'Qui a fait quoi sur cette demande, du plus récent au plus ancien',
			columns: { at: 'Date', who: 'Qui', what: 'Quoi' },
			family: 'La famille',
			system: 'Le système',
			actions: {
				'request.received': 'Demande enregistrée',
				'request.taken': 'Demande prise',
				'request.status_changed': 'Statut changé',
				'request.note_added': 'Note ajoutée',
				'request.note_edited': 'Note corrigée',
				'request.contact_logged': 'Appel ou message noté',
				'request.reassigned': 'Demande réattribuée',
				'request.transferred': 'Demande transférée',
				'request.contact_updated': 'Coordonnées corrigées',
				'request.cancelled_by_family': 'Demande annulée par la famille',
				'request.tracking_link_renewed': 'Nouveau lien de suivi',
				'request.list_given': 'Liste des assistantes et assistants maternels remise',
				'request.outcome_recorded': 'Issue de la demande enregistrée',
				'request.reopened': 'Demande rouverte',
				'request.follow_up_sent': 'Courriel de suivi envoyé',
				'request.follow_up_answered': 'Réponse de la famille au courriel de suivi',
				'request.data_downloaded': 'Données téléchargées par la famille',
				'request.personal_data_erased': 'Données personnelles effacées',
				'appointment.offered': 'Créneaux proposés à la famille',
				'appointment.booked': 'Rendez-vous fixé',
				'appointment.rescheduled': 'Rendez-vous déplacé',
				'appointment.cancelled': 'Rendez-vous annulé',
				'appointment.attended': 'Rendez-vous tenu',
				'appointment.no_show': 'Famille absente au rendez-vous'
			} satisfies Record<RequestAuditAction, string>,
			/** An action of another part of the portal, should one reach this journal. */
			otherAction: 'Autre modification',
			outOfTurn: (reason: string) => `hors tour : « ${reason} »`,
			reason: (reason: string) => `raison : « ${reason} »`,
			statusChange: (from: string, to: string) => `${from} → ${to}`
		}
	},
	errors: {
		conflict:
			'La demande a changé entre-temps : la page est à jour, vérifiez avant de recommencer.',
		forbiddenTransition: (status: string) =>
			`Ce changement n’est pas possible pour une demande « ${status.toLowerCase()} ».`,
		alreadyTaken: 'Cette demande vient d’être prise par quelqu’un d’autre.',
		appointmentNotStarted:
			'Le rendez-vous n’a pas encore commencé : il pourra être noté comme tenu à partir de son heure de début.',
		reasonRequired: 'Dites pourquoi vous prenez cette demande avant son tour.',
		reasonTooLong: (max: number) => `La raison doit tenir en ${max} caractères.`,
		closeReasonRequired: 'Choisissez le motif.',
		commentRequired: 'Précisez le motif.',
		commentTooLong: (max: number) => `Les précisions doivent tenir en ${max} caractères.`,
		duplicateRequired: 'Indiquez la référence de la demande gardée.',
		duplicateNotFound: 'Aucune autre demande du relais n’a cette référence.',
		tooFewAttempts: (min: number) =>
			`Pour clore une demande comme injoignable, notez d’abord au moins ${min} tentatives sans réponse.`,
		noteRequired: 'Écrivez la note.',
		noteTooLong: (max: number) => `La note doit tenir en ${max} caractères.`,
		noteNotAuthor: 'Seul l’auteur d’une note peut la corriger.',
		noteTooLate: 'Cette note ne peut plus être corrigée : les 10 minutes sont passées.',
		channelRequired: 'Choisissez le moyen.',
		outcomeRequired: 'Choisissez le résultat.',
		contactNoteTooLong: (max: number) => `La précision doit tenir en ${max} caractères.`,
		assigneeRequired: 'Choisissez une personne de l’équipe.',
		assigneeSame: 'La demande est déjà confiée à cette personne.',
		notTaken: 'Une demande en attente se prend dans la file ; elle ne se confie pas.',
		relayRequired: 'Choisissez un relais.',
		transferReasonRequired: 'Dites pourquoi la demande change de relais.',
		notTransferable: 'Un rendez-vous est fixé : annulez-le avant de transférer la demande.',
		invalid: 'Ce choix n’est pas valable.'
	}
};
