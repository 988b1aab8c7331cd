import type { calendar as fr } from '../fr/calendar';
/**
 * Texts of appointments as the family and the animator read them: the invitation (.ics), the
 * mails (booking, change, cancellation, reminder), the animator's feed and the agenda page.
 */
import { formatDate } from '$lib/format/dates';
import { formatPhone } from '$lib/format/phone';
import { formatTime, formatTimeRange } from '$lib/format/times';

/** "lundi 7 décembre 2026", in Paris. */
const formatDay = (at: Date) => formatDate(at, { weekday: true });

/** "lundi 7 décembre 2026, de 14 h 00 à 14 h 45". */
export const formatSlot = (startsAt: Date, endsAt: Date) =>
	`${formatDay(startsAt)}, de ${formatTime(startsAt)} à ${formatTime(endsAt)}`;

/** Where or how the meeting takes place, in the words of the mail and the invitation. */
export type MeetingWay =
	| { kind: 'phone'; callerName: string; phone: string }
	| { kind: 'place'; placeName: string; address: string; accessNotes: string };

const wayLines = (way: MeetingWay): string[] =>
	way.kind === 'phone'
		? [
				`Rendez-vous par téléphone : ${way.callerName}, du relais, vous appellera au ${formatPhone(way.phone)}.`,
				'Soyez disponible à ce numéro à l’heure du rendez-vous.'
			]
		: [
				`Rendez-vous au relais : ${way.placeName}, ${way.address}.`,
				...(way.accessNotes.trim() ? [`Accès : ${way.accessNotes.trim()}`] : [])
			];

interface AppointmentText {
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

/** `cancelled`: there is no appointment left to change, only the request to follow. */
const contactLines = (p: AppointmentText, cancelled = false) => [
	`${cancelled ? 'Suivre votre demande' : 'Pour changer ou annuler ce rendez-vous (jusqu’à 24 heures avant), ouvrez la page de suivi de votre demande'} :\n${p.trackingLink}\nCe lien est personnel : ne le transmettez pas.`,
	`Une question ? Appelez le relais au ${formatPhone(p.relayPhone)} ou écrivez à ${p.relayEmail}.`
];

export const calendar: typeof fr = {
	formatSlot,
	invitation: {
		summary: (relayName: string, way: MeetingWay) =>
			way.kind === 'phone'
				? `Rendez-vous téléphonique avec le ${relayName}`
				: `Rendez-vous au ${relayName}`,
		description: (p: { reference: string; way: MeetingWay; relayPhone: string }) =>
			[
				`Demande ${p.reference}.`,
				...wayLines(p.way),
				`Un empêchement ? Prévenez le relais au ${formatPhone(p.relayPhone)}.`
			].join('\n'),
		location: (way: MeetingWay) =>
			way.kind === 'phone'
				? `Par téléphone (appel au ${formatPhone(way.phone)})`
				: `${way.placeName}, ${way.address}`
	},
	mail: {
		subject: {
			booked: (reference: string, startsAt: Date) =>
				`Votre rendez-vous avec le relais le ${formatDay(startsAt)} à ${formatTime(startsAt)} (${reference})`,
			rescheduled: (reference: string, startsAt: Date) =>
				`Votre rendez-vous est déplacé au ${formatDay(startsAt)} à ${formatTime(startsAt)} (${reference})`,
			cancelled: (reference: string) =>
				`Votre rendez-vous avec le relais est annulé (${reference})`,
			reminder: (reference: string, startsAt: Date) =>
				`Rappel : rendez-vous avec le relais le ${formatDay(startsAt)} à ${formatTime(startsAt)} (${reference})`
		},
		intro: {
			booked: (p: AppointmentText) =>
				`Le ${p.relayName} a fixé votre rendez-vous pour votre demande ${p.reference}.`,
			rescheduled: (p: AppointmentText) =>
				`Le rendez-vous de votre demande ${p.reference} avec le ${p.relayName} a changé. Voici la nouvelle date ; l’ancienne ne tient plus.`,
			cancelled: (p: AppointmentText) =>
				`Le rendez-vous de votre demande ${p.reference} avec le ${p.relayName} est annulé. Votre demande, elle, reste ouverte.`,
			reminder: (p: AppointmentText) =>
				`Nous vous rappelons votre rendez-vous avec le ${p.relayName} pour votre demande ${p.reference}.`
		},
		greeting: (parentNames: string) => `Bonjour ${parentNames},`,
		when: (startsAt: Date, endsAt: Date) => `Quand : ${formatSlot(startsAt, endsAt)}.`,
		wasWhen: (startsAt: Date, endsAt: Date) =>
			`Rendez-vous annulé : ${formatSlot(startsAt, endsAt)}.`,
		wayLines,
		calendarHint:
			'L’invitation jointe (rendez-vous.ics) met ce rendez-vous à jour dans votre agenda.',
		cancelHint: 'L’invitation jointe retire ce rendez-vous de votre agenda.',
		contactLines
	},
	feed: {
		name: (staffName: string) => `Rendez-vous de ${staffName} (Guichet)`,
		summary: (reference: string, parentNames: string, kind: 'phone' | 'place') =>
			`${kind === 'phone' ? 'Appel' : 'RDV'} ${reference} — ${parentNames}`,
		description: (p: { reference: string; phone: string | null; requestUrl: string }) =>
			[
				`Demande ${p.reference}`,
				...(p.phone ? [`Appeler au ${formatPhone(p.phone)}`] : []),
				p.requestUrl
			].join('\n'),
		phoneLocation: (phone: string) => `Téléphone : ${formatPhone(phone)}`
	},
	agenda: {
		navLabel: 'Agenda',
		dayLabel: (date: string) => formatDate(date, { weekday: true, year: false }),
		createdOn: formatDay,
		documentTitle: 'Agenda',
		title: 'Mon agenda',
		relayTitle: 'Agenda du relais',
		lead: (from: string, to: string) => `Semaine du ${from} au ${to}.`,
		views: {
			label: 'Vue',
			mine: 'Mes rendez-vous',
			relay: 'Tout le relais'
		},
		weekNav: {
			label: 'Changer de semaine',
			previous: 'Semaine précédente',
			current: 'Cette semaine',
			next: 'Semaine suivante'
		},
		displays: {
			label: 'Affichage',
			grid: 'Semaine en grille',
			list: 'Semaine en liste'
		},
		caption: (from: string, to: string) => `Rendez-vous et créneaux libres du ${from} au ${to}`,
		grid: {
			timeColumn: 'Heure',
			/** Each row's header: "09 h 15". */
			rowTime: (hhmm: string) => formatTime(hhmm),
			/** Read before a cell's time, the day being its column's header. */
			cellDay: (day: string) => `${day}, `
		},
		time: formatTimeRange,
		freeSlot: 'Créneau libre',
		phoneCall: (phone: string) => `Appel au ${formatPhone(phone)}`,
		phoneSlot: 'Par téléphone',
		statuses: {
			booked: 'Fixé',
			attended: 'Tenu',
			no_show: 'Absent',
			offered: 'Proposé, en attente'
		},
		requestLink: (reference: string, parentNames: string) => `${reference} — ${parentNames}`,
		dayEmpty: 'Rien ce jour-là.',
		emptyTitle: 'Aucun rendez-vous ni créneau libre cette semaine',
		emptyText:
			'Les rendez-vous fixés et les créneaux libres de vos horaires d’ouverture apparaîtront ici.',
		badWeek: 'Cette semaine n’existe pas : voici la semaine en cours.'
	},
	myCalendar: {
		title: 'Mon calendrier',
		help: 'Abonnez votre agenda (téléphone, messagerie) à ce lien privé pour y voir vos rendez-vous. Il montre le numéro de la demande, le nom de la famille et, pour un appel, son numéro : ne le partagez pas.',
		activeSince: (date: string) => `Un lien est actif depuis le ${date}.`,
		shownOnce:
			'Pour votre sécurité, le lien n’est affiché qu’une fois, à sa création. Perdu ? Créez-en un nouveau : l’ancien cessera de fonctionner.',
		none: 'Vous n’avez pas de lien d’abonnement.',
		created:
			'Voici votre lien privé. Copiez-le maintenant dans votre agenda : il ne sera plus affiché.',
		urlLabel: 'Adresse du calendrier',
		create: 'Créer mon lien',
		replace: 'Remplacer par un nouveau lien',
		revoke: 'Révoquer le lien',
		revoked: 'Le lien est révoqué : les agendas abonnés ne reçoivent plus vos rendez-vous.'
	}
};
