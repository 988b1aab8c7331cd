/**
 * Every mail and calendar invitation a family receives about its request: the confirmation,
 * a new tracking link, the offered slots, the appointment (booking, change, cancellation,
 * reminder) with its invitation, the list of childcare, the follow-up and the erasure.
 * Written in the request's language (`childcare_requests.locale`): the builders take these
 * texts from the request's catalogue (`t.familyMail`), never from `m`.
 */
import { formatsFor } from '$lib/format/locale-formats';
import type { FollowUpAnswer } from '$lib/requests/outcome-options';

const f = formatsFor('fr');

/** "lundi 7 décembre 2026", in Paris. */
const formatDay = (at: Date) => f.date(at, { weekday: true });

/** "lundi 7 décembre 2026, de 14 h 00 à 14 h 45". */
export const formatSlot = (startsAt: Date, endsAt: Date) =>
	`${formatDay(startsAt)}, de ${f.time(startsAt)} à ${f.time(endsAt)}`;

/** Where or how the meeting takes place, in the words of the mail and the invitation. */
export type MeetingWay =
	| { kind: 'phone'; callerName: string; phone: string }
	| { kind: 'place'; placeName: string; address: string; accessNotes: string };

/** Where an offered slot takes place. */
export type OfferedWhere = { kind: 'phone' } | { kind: 'place'; name: string; address: string };

/** What the appointment mails say of one appointment. */
export interface AppointmentText {
	parentNames: string;
	relayName: string;
	reference: string;
	startsAt: Date;
	endsAt: Date;
	way: MeetingWay;
	relayPhone: string;
	relayEmail: string;
	/** The request's tracking page, where the family moves or cancels the appointment. */
	trackingLink: string;
}

const wayLines = (way: MeetingWay): string[] =>
	way.kind === 'phone'
		? [
				`Rendez-vous par téléphone : ${way.callerName}, du relais, vous appellera au ${f.phone(way.phone)}.`,
				'Soyez disponible à ce numéro à l’heure du rendez-vous.'
			]
		: [
				`Rendez-vous au relais : ${way.placeName}, ${way.address}.`,
				...(way.accessNotes.trim() ? [`Accès : ${way.accessNotes.trim()}`] : [])
			];

/** `cancelled`: there is no appointment left to change, only the request to follow. */
const contactLines = (p: AppointmentText, cancelled = false) => [
	`${cancelled ? 'Suivre votre demande' : 'Pour changer ou annuler ce rendez-vous (jusqu’à 24 heures avant), ouvrez la page de suivi de votre demande'} :\n${p.trackingLink}\nCe lien est personnel : ne le donnez à personne.`,
	`Une question ? Appelez le relais au ${f.phone(p.relayPhone)} ou écrivez à ${p.relayEmail}.`
];

export const familyMail = {
	/** "Téléphone : 06 …": a label and its value on one line of a plain-text mail. */
	labelled: (label: string, value: string) => `${label} : ${value}`,
	signature: (relayName: string) =>
		`${relayName}\nCe message est envoyé automatiquement : merci de ne pas y répondre.`,

	requestConfirmation: {
		subject: (reference: string) => `Votre demande de mode d’accueil est bien reçue (${reference})`,
		text: (p: {
			parentNames: string;
			relayName: string;
			reference: string;
			summary: string;
			targetDays: number;
			link: string;
			relayPhone: string;
			relayEmail: string;
		}) =>
			`Bonjour ${p.parentNames},\n\nLe ${p.relayName} a bien reçu votre demande de mode d’accueil.\nLe Relais Petite Enfance est un service public gratuit. Il aide les familles à trouver un mode d’accueil pour leur jeune enfant.\n\nNuméro de votre demande : ${p.reference}\nGardez ce numéro. Le relais vous le demandera si vous l’appelez.\n\nVotre demande en bref :\n${p.summary}\n\nEt maintenant ?\nLe relais vous proposera un rendez-vous dans les ${p.targetDays} jours, au relais ou par téléphone. Ce rendez-vous est gratuit. Le relais écoute votre besoin. Il vous présente tous les modes d’accueil près de chez vous, leur prix et les aides possibles. Il vous donne aussi la liste des assistantes et assistants maternels de votre secteur.\n\nSuivre votre demande :\n${p.link}\n\nCe lien est personnel : ne le donnez à personne. Avec ce lien, vous pouvez voir où en est votre demande, corriger vos coordonnées, ou annuler la demande si vous n’en avez plus besoin.\n\nUne question ? Appelez le relais au ${f.phone(p.relayPhone)} ou écrivez à ${p.relayEmail}.`
	},

	trackingLink: {
		subject: (reference: string) => `Votre nouveau lien de suivi (demande ${reference})`,
		text: (p: { parentNames: string; relayName: string; reference: string; link: string }) =>
			`Bonjour ${p.parentNames},\n\nVous avez demandé un nouveau lien pour suivre votre demande ${p.reference} auprès du ${p.relayName}. Le voici :\n\n${p.link}\n\nL’ancien lien ne fonctionne plus. Ce lien est personnel : ne le donnez à personne.\n\nVous n’avez rien demandé ? Ne tenez pas compte de ce message. Votre demande n’a pas changé.`
	},

	offer: {
		subject: (reference: string) => `Choisissez votre rendez-vous avec le relais (${reference})`,
		text: (p: {
			reference: string;
			relayName: string;
			relayPhone: string;
			expiresAt: Date;
			slots: { startsAt: Date; endsAt: Date; where: OfferedWhere }[];
			trackingLink: string;
		}) =>
			[
				'Bonjour,',
				'',
				`${p.relayName} vous propose ces rendez-vous pour votre demande ${p.reference} :`,
				'',
				...p.slots.map(
					(slot) =>
						`- ${formatSlot(slot.startsAt, slot.endsAt)}, ${
							slot.where.kind === 'phone'
								? 'par téléphone (le relais vous appelle)'
								: `au ${slot.where.name}, ${slot.where.address}`
						}`
				),
				'',
				`Choisissez-en un avant le ${f.dateTime(p.expiresAt, { weekday: true })}, sur la page de suivi de votre demande. Ces rendez-vous vous sont gardés jusque-là :`,
				p.trackingLink,
				'Ce lien est personnel : ne le donnez à personne.',
				'',
				`Aucun rendez-vous ne vous convient ? Appelez le relais au ${f.phone(p.relayPhone)}.`,
				'',
				p.relayName
			].join('\n')
	},

	appointment: {
		/** The name of the attached invitation, which calendars open. */
		invitationFile: 'rendez-vous.ics',
		invitation: {
			summary: (relayName: string, way: MeetingWay) =>
				way.kind === 'phone'
					? `Rendez-vous téléphonique avec le ${relayName}`
					: `Rendez-vous au ${relayName}`,
			description: (p: { reference: string; way: MeetingWay; relayPhone: string }) =>
				[
					`Demande ${p.reference}.`,
					...wayLines(p.way),
					`Un empêchement ? Prévenez le relais au ${f.phone(p.relayPhone)}.`
				].join('\n'),
			location: (way: MeetingWay) =>
				way.kind === 'phone'
					? `Par téléphone (appel au ${f.phone(way.phone)})`
					: `${way.placeName}, ${way.address}`
		},
		subject: {
			booked: (reference: string, startsAt: Date) =>
				`Votre rendez-vous avec le relais le ${formatDay(startsAt)} à ${f.time(startsAt)} (${reference})`,
			rescheduled: (reference: string, startsAt: Date) =>
				`Votre rendez-vous est déplacé au ${formatDay(startsAt)} à ${f.time(startsAt)} (${reference})`,
			cancelled: (reference: string) =>
				`Votre rendez-vous avec le relais est annulé (${reference})`,
			reminder: (reference: string, startsAt: Date) =>
				`Rappel : rendez-vous avec le relais le ${formatDay(startsAt)} à ${f.time(startsAt)} (${reference})`
		},
		intro: {
			booked: (p: AppointmentText) =>
				`Le ${p.relayName} a fixé votre rendez-vous pour votre demande ${p.reference}.`,
			rescheduled: (p: AppointmentText) =>
				`Le rendez-vous de votre demande ${p.reference} avec le ${p.relayName} a changé. Voici la nouvelle date. L’ancienne date est annulée.`,
			cancelled: (p: AppointmentText) =>
				`Le rendez-vous de votre demande ${p.reference} avec le ${p.relayName} est annulé. Votre demande reste ouverte.`,
			reminder: (p: AppointmentText) =>
				`Nous vous rappelons votre rendez-vous avec le ${p.relayName} pour votre demande ${p.reference}.`
		},
		greeting: (parentNames: string) => `Bonjour ${parentNames},`,
		when: (startsAt: Date, endsAt: Date) => `Quand : ${formatSlot(startsAt, endsAt)}.`,
		wasWhen: (startsAt: Date, endsAt: Date) =>
			`Rendez-vous annulé : ${formatSlot(startsAt, endsAt)}.`,
		wayLines,
		calendarHint:
			'L’invitation jointe (rendez-vous.ics) ajoute ce rendez-vous à votre agenda, ou le met à jour.',
		cancelHint: 'L’invitation jointe retire ce rendez-vous de votre agenda.',
		contactLines
	},

	familyList: {
		subject: (reference: string) =>
			`La liste des modes d’accueil du territoire (demande ${reference})`,
		/** `intro` and `otherCareIntro`: the list's own sentences (`familyList`), as on the page. */
		text: (p: {
			parentNames: string;
			relayName: string;
			reference: string;
			intro: string;
			childminders: string;
			otherCareIntro: string;
			structures: string;
			link: string;
			relayPhone: string;
		}) =>
			`Bonjour ${p.parentNames},\n\nLe ${p.relayName} vous remet la liste des modes d’accueil du territoire pour votre demande ${p.reference}.\n\n${p.intro}\n\n${p.childminders}\n\n${p.otherCareIntro}\n\n${p.structures}\n\nVous retrouvez aussi cette liste sur la page de suivi de votre demande :\n${p.link}\n\nUne question ? Appelez le relais au ${f.phone(p.relayPhone)}.`
	},

	followUp: {
		subject: 'Avez-vous trouvé un mode d’accueil ?',
		text: (p: {
			parentNames: string;
			relayName: string;
			reference: string;
			links: Record<FollowUpAnswer, string>;
			trackingLink: string;
		}) =>
			`Bonjour ${p.parentNames},\n\nVous avez rencontré le ${p.relayName} pour votre demande ${p.reference}.\n\nAvez-vous trouvé un mode d’accueil pour votre enfant ?\nCliquez sur votre réponse :\n\nOui, nous avons trouvé :\n${p.links.found}\n\nNon, nous cherchons encore :\n${p.links.still_looking}\n\nNous n’avons plus besoin d’accueil :\n${p.links.no_longer_needed}\n\nVotre réponse aide le relais à mieux vous aider. Elle l’aide aussi à mieux connaître les besoins des familles.\n\nVotre demande :\n${p.trackingLink}\n\nCe lien est personnel : ne le donnez à personne.`
	},

	erasure: {
		subject: 'Vos données sont effacées',
		text: [
			'Bonjour,',
			'',
			'Comme vous l’avez demandé, le relais a effacé les données personnelles de votre demande. Le lien de suivi ne fonctionne plus.',
			'',
			'Il reste seulement des chiffres anonymes, pour le bilan du relais.',
			'',
			'Vous pouvez faire une nouvelle demande à tout moment, sur le site du relais.'
		].join('\n')
	}
};
