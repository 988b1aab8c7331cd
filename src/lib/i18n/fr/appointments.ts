import { formatDate, formatDateTime } from '$lib/format/dates';
import { formatPhone } from '$lib/format/phone';
import { formatTime } from '$lib/format/times';
import { formatSlot } from './family-mail';

/**
 * Texts of appointments that a family reads: the appointment part of its tracking page (the
 * mails and invitations are in `familyMail`). Staff texts (the booking page) are in `appointments-staff.ts`.
 */

const at = (when: Date) => formatDateTime(when, { weekday: true });

/** How the meeting happens, after its time: "par téléphone", "au relais (Maison de l’enfance)". */
const way = (p: { kind: 'place' | 'phone'; placeName: string | null }) =>
	p.kind === 'phone' ? 'par téléphone' : `au relais (${p.placeName ?? 'lieu d’accueil'})`;

export const appointments = {
	family: {
		title: 'Votre rendez-vous avec le relais',
		/** One slot as a line: when and how. */
		slotLine: (p: {
			startsAt: Date;
			endsAt: Date;
			kind: 'place' | 'phone';
			placeName: string | null;
		}) => `${formatSlot(p.startsAt, p.endsAt)}, ${way(p)}`,
		offered: {
			title: 'Choisissez votre rendez-vous',
			legend: 'Les créneaux que le relais vous propose',
			hint: (until: Date) => `Ils vous sont réservés jusqu’au ${at(until)}.`,
			submit: 'Choisir ce créneau',
			done: 'Votre rendez-vous est réservé. Vous allez recevoir un e-mail avec l’invitation pour votre agenda.'
		},
		booked: {
			when: (line: string) => `Rendez-vous : ${line}.`,
			phone: (phone: string | null) =>
				phone ? `Le relais vous appellera au ${formatPhone(phone)}.` : 'Le relais vous appellera.',
			place: (name: string, address: string) => `Adresse : ${name}, ${address}.`,
			access: (notes: string) => `Accès : ${notes}`,
			tooLate: (relayPhone: string) =>
				`Le rendez-vous est dans moins de 24 heures. Pour le changer, appelez le relais au ${formatPhone(relayPhone)}.`,
			moveTitle: 'Changer l’heure du rendez-vous',
			moveLegend: 'Nouveau créneau',
			moveHint: 'Possible jusqu’à 24 heures avant le rendez-vous.',
			/** The legend of one day's choices: "Lundi 7 décembre". */
			moveDay: (day: string) => {
				const words = formatDate(day, { weekday: true, year: false });
				return words.charAt(0).toUpperCase() + words.slice(1);
			},
			/** One choice of a day: "de 9 h 00 à 9 h 45, au relais (Maison de l’enfance)". */
			timeLine: (p: {
				startsAt: Date;
				endsAt: Date;
				kind: 'place' | 'phone';
				placeName: string | null;
			}) => `de ${formatTime(p.startsAt)} à ${formatTime(p.endsAt)}, ${way(p)}`,
			noFreeSlot: (relayPhone: string) =>
				`Aucun autre créneau libre pour l’instant. Appelez le relais au ${formatPhone(relayPhone)}.`,
			move: 'Déplacer le rendez-vous',
			cancelTitle: 'Annuler le rendez-vous',
			cancelText: 'Votre demande reste ouverte. Le relais vous proposera un autre rendez-vous.',
			cancel: 'Annuler ce rendez-vous',
			moved:
				'Votre rendez-vous est déplacé. Vous allez recevoir un e-mail avec l’invitation mise à jour.',
			cancelled: 'Votre rendez-vous est annulé. Vous allez recevoir une confirmation par e-mail.'
		},
		errors: {
			slotRequired: 'Choisissez un créneau.'
		},
		/** Why a choice, a move or a cancellation is refused, as the family reads it. */
		refusal: {
			not_found: 'Rendez-vous ou demande introuvable.',
			not_open: 'Cette demande est close. Vous ne pouvez plus prendre de rendez-vous.',
			no_longer_offered:
				'Ce créneau n’est plus proposé. Il a déjà été choisi, ou le délai de 48 heures est passé.',
			not_booked: 'Ce rendez-vous n’est plus prévu. Il a été annulé, ou il a déjà eu lieu.',
			too_late:
				'Le rendez-vous est dans moins de 24 heures. Vous ne pouvez plus le déplacer ni l’annuler en ligne. Appelez le relais.',
			not_started: 'Le rendez-vous n’a pas encore commencé.',
			slot_taken: 'Ce créneau vient d’être pris. Choisissez-en un autre.',
			invalid_range: 'Ce créneau n’est plus possible. Choisissez-en un autre.',
			in_the_past: 'Ce créneau est déjà passé. Choisissez-en un autre.',
			animator_not_found: 'Ce créneau n’est plus possible. Choisissez-en un autre.',
			outside_opening_hours: 'Ce créneau n’est plus possible. Choisissez-en un autre.',
			place_required: 'Ce créneau n’est plus possible. Choisissez-en un autre.',
			place_not_found: 'Ce lieu de rendez-vous n’existe plus. Choisissez un autre créneau.',
			phone_required:
				'Il manque votre numéro de téléphone. Ajoutez-le dans vos coordonnées, puis choisissez à nouveau.'
		}
	}
};
