/**
 * Texts of appointments as the relay's staff read them: the animator's calendar feed and the
 * agenda page. Staff pages stay in French; what the family reads (the invitation, the mails)
 * is in `family-mail.ts`.
 */
import { formatDate } from '$lib/format/dates';
import { formatPhone } from '$lib/format/phone';
import { formatTime, formatTimeRange } from '$lib/format/times';

/** "lundi 7 décembre 2026", in Paris. */
const formatDay = (at: Date) => formatDate(at, { weekday: true });

export const calendar = {
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
