import { appointmentsStaff } from './appointments-staff';
import { queue } from './queue';

/**
 * Texts of the family's rights, from the tracking page: the copy of their data
 * (`/suivi/<token>/donnees`) and the erasure (`/suivi/<token>/effacer`). The admin's erasure
 * at the desk is in `family-rights-staff.ts`. The data page names stored codes (a status, an
 * event) in the family's language: in French, the very words of the staff pages.
 */
export const familyRights = {
	trackingLinks: {
		title: 'Vos données personnelles',
		text: 'Vous pouvez voir et télécharger tout ce que le relais garde sur votre demande. Vous pouvez aussi demander d’effacer vos données.',
		data: 'Mes données',
		erase: 'Effacer mes données'
	},
	data: {
		title: 'Vos données',
		lead: (reference: string) =>
			`Tout ce que le relais conserve sur la demande ${reference} : vos réponses, l’historique, les rendez-vous, les notes de l’équipe et les courriels.`,
		download: 'Télécharger mes données (fichier JSON)',
		printHint:
			'Pour garder une copie papier, utilisez la commande « Imprimer » de votre navigateur.',
		back: 'Retour au suivi de la demande',
		eraseLink: 'Demander l’effacement de mes données',
		empty: 'Aucune.',
		yes: 'oui',
		no: 'non',
		unknown: 'non renseigné',
		field: 'Donnée',
		value: 'Valeur',
		/** Staff are named by role only. */
		roles: {
			family: 'vous',
			system: 'le service',
			admin: 'responsable du relais',
			animator: 'animatrice ou animateur du relais',
			official: 'élu ou agent de la collectivité',
			coordinator: 'coordination du territoire'
		},
		sections: {
			request: 'La demande',
			contact: 'Vos coordonnées',
			need: 'Votre besoin',
			children: 'Les enfants',
			events: 'L’historique',
			appointments: 'Les rendez-vous',
			contacts: 'Les appels et messages du relais',
			notes: 'Les notes internes de l’équipe',
			familyLists: 'Les listes remises',
			outcomes: 'La solution trouvée',
			followUps: 'Les questions de suivi',
			audit: 'Le journal des actions',
			mails: 'Les courriels'
		},
		fields: {
			reference: 'Référence',
			status: 'État',
			channel: 'Canal',
			relay: 'Relais',
			receivedAt: 'Reçue le',
			updatedAt: 'Modifiée le',
			closedAt: 'Close le',
			closureReason: 'Motif de clôture',
			retentionUntil: 'Données conservées jusqu’au',
			consentAt: 'Consentement donné le',
			noticeVersion: 'Version de la notice d’information',
			parentNames: 'Noms des parents',
			email: 'Adresse électronique',
			phone: 'Téléphone',
			appointmentMode: 'Rendez-vous souhaité',
			contactTimes: 'Moments pour vous joindre',
			homeLanguage: 'Langue parlée à la maison',
			residence: 'Commune de résidence',
			work: 'Commune de travail',
			desiredStart: 'Début souhaité',
			latestStart: 'Début au plus tard',
			regularity: 'Régularité',
			weeklySchedule: 'Horaires',
			variableHours: 'Horaires variables',
			atypical: 'Horaires atypiques',
			periscolaire: 'Périscolaire',
			careKinds: 'Modes d’accueil souhaités',
			comment: 'Commentaire'
		},
		columns: {
			position: 'Enfant',
			birthDate: 'Date de naissance',
			expectedBirthDate: 'Naissance prévue',
			needsSupport: 'Besoin d’un accompagnement',
			ageBand: 'Tranche d’âge',
			at: 'Date',
			kind: 'Quoi',
			by: 'Par',
			visible: 'Visible sur votre page',
			details: 'Détails',
			status: 'État',
			startsAt: 'Début',
			endsAt: 'Fin',
			where: 'Lieu ou téléphone',
			with: 'Avec',
			channel: 'Moyen',
			outcome: 'Résultat',
			note: 'Précision',
			body: 'Note',
			entries: 'Assistantes et assistants maternels de la liste',
			structures: 'Autres modes d’accueil',
			source: 'Source',
			result: 'Solution',
			stage: 'Relance',
			answer: 'Réponse',
			sentAt: 'Envoyée le',
			to: 'Destinataire',
			subject: 'Objet',
			text: 'Texte',
			action: 'Action'
		},
		stage: (days: number) => `${days} jours`,
		statuses: queue.statuses,
		channels: queue.channels,
		eventKinds: queue.request.timeline.kinds,
		contactChannels: queue.request.contacts.channels,
		contactOutcomes: queue.request.contacts.outcomes,
		auditActions: queue.request.audit.actions,
		otherAction: queue.request.audit.otherAction,
		appointmentStatuses: appointmentsStaff.statuses,
		mailStatuses: { pending: 'en attente d’envoi', sent: 'envoyé', failed: 'non envoyé' },
		outcomeFound: 'Solution trouvée',
		outcomeNotFound: 'Pas de solution',
		/** Between the values of one cell. */
		listSeparator: ' ; '
	},
	erase: {
		title: 'Effacer vos données',
		lead: (reference: string) => `Demande ${reference}.`,
		whatGoes: 'Ce qui sera effacé tout de suite',
		goes: [
			'vos noms, votre adresse électronique, votre téléphone et vos autres coordonnées ;',
			'les dates de naissance des enfants et la réponse sur un besoin d’accompagnement ;',
			'votre commentaire, les notes de l’équipe, le détail des appels et de l’historique ;',
			'les courriels du relais qui vous concernent ;',
			'le lien de suivi : il ne fonctionnera plus.'
		],
		whatStays: 'Ce qui reste, sans rien qui vous identifie',
		stays:
			'Des chiffres anonymes pour le bilan du relais : la commune, le mois de la demande, la tranche d’âge des enfants, le type d’accueil et les horaires souhaités, les délais et la solution trouvée.',
		openNotice:
			'Votre demande est encore en cours. Elle sera d’abord annulée, avec votre rendez-vous s’il y en a un.',
		downloadFirst: 'Vous pouvez d’abord télécharger une copie de vos données.',
		confirm:
			'Je comprends que mes données seront effacées définitivement et que le lien de suivi ne fonctionnera plus.',
		confirmRequired: 'Cochez la case pour confirmer l’effacement.',
		submit: 'Effacer mes données',
		back: 'Retour au suivi de la demande',
		doneTitle: 'Vos données sont effacées',
		doneText:
			'Le relais ne conserve plus rien qui vous identifie. Un courriel de confirmation vous est envoyé, et le lien de suivi ne fonctionne plus.',
		home: 'Retour à l’accueil'
	}
};
