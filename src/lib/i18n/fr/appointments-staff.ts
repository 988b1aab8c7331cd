import { formatDateTime } from '$lib/format/dates';
import { formatPhone } from '$lib/format/phone';
import { formatSlot } from './family-mail';

/**
 * Texts of booking appointments that the relay's staff read (the booking page, the refusals
 * they get). French only: the family's texts are in `appointments.ts`, in every language.
 * The staff catalogue merges both under `m.appointments`.
 */

const at = (when: Date) => formatDateTime(when, { weekday: true });

/** One slot as a line: when, how, with whom. */
const slotLine = (p: {
	startsAt: Date;
	endsAt: Date;
	kind: 'place' | 'phone';
	placeName: string | null;
	animatorName?: string;
}) =>
	[
		formatSlot(p.startsAt, p.endsAt),
		p.kind === 'phone' ? 'par téléphone' : `au relais (${p.placeName ?? 'lieu d’accueil'})`,
		...(p.animatorName ? [`avec ${p.animatorName}`] : [])
	].join(', ');

export const appointmentsStaff = {
	slotLine,
	when: formatSlot,
	statuses: {
		offered: 'Proposé',
		booked: 'Prévu',
		attended: 'Tenu',
		no_show: 'Famille absente',
		cancelled: 'Annulé',
		released: 'Libéré'
	},
	errors: {
		invalid: 'Ce formulaire n’est pas valide : rechargez la page.',
		tooManySlots: 'Cochez au plus 5 créneaux.',
		phoneRequired: 'Indiquez le numéro à appeler : ce créneau est un rendez-vous par téléphone.',
		slotRequired: 'Choisissez un créneau.'
	},
	staff: {
		documentTitle: (reference: string) => `Rendez-vous de la demande ${reference}`,
		caption: 'Rendez-vous',
		back: 'Retour à la demande',
		link: 'Fixer ou proposer un rendez-vous',
		lead: (parentNames: string, receivedAt: Date, deadline: Date) =>
			`${parentNames}, demande reçue le ${at(receivedAt)}. Objectif : un rendez-vous avant le ${at(deadline)}.`,
		delay: (days: number) =>
			days === 0
				? 'Premier rendez-vous le jour de la demande.'
				: `Premier rendez-vous ${days} jour${days > 1 ? 's' : ''} après la demande.`,
		late: 'En retard',
		inTime: 'Dans le délai',
		list: {
			title: 'Rendez-vous et créneaux proposés',
			empty: 'Aucun rendez-vous pour cette demande pour l’instant.',
			caption: 'Rendez-vous de la demande, du plus ancien au plus récent',
			columns: { when: 'Quand', how: 'Comment', who: 'Avec', status: 'État', actions: 'Actions' },
			phone: (phone: string | null) =>
				phone ? `Par téléphone, au ${formatPhone(phone)}` : 'Par téléphone',
			place: (name: string) => `Au relais : ${name}`,
			heldUntil: (until: Date) => `Réservé pour la famille jusqu’au ${at(until)}`,
			cancel: 'Annuler le rendez-vous',
			attended: 'Rendez-vous tenu',
			noShow: 'Famille absente',
			cancelLabel: (startsAt: Date) => `Annuler le rendez-vous du ${at(startsAt)}`,
			attendedLabel: (startsAt: Date) => `Rendez-vous du ${at(startsAt)} tenu`,
			noShowLabel: (startsAt: Date) => `Famille absente au rendez-vous du ${at(startsAt)}`
		},
		slots: {
			title: 'Créneaux libres du relais',
			intro:
				'Cochez un créneau pour le réserver, ou de 3 à 5 créneaux pour les proposer à la famille : elle les reçoit par e-mail et en choisit un sur sa page de suivi. Les créneaux proposés lui sont réservés 48 heures.',
			within: (targetDays: number, deadline: Date) =>
				`Dans le délai de ${targetDays} jours (avant le ${at(deadline)})`,
			after: (targetDays: number) => `Après le délai de ${targetDays} jours`,
			afterMark: (targetDays: number) => `après le délai de ${targetDays} jours`,
			noneWithin: (targetDays: number) =>
				`Aucun créneau libre dans le délai de ${targetDays} jours.`,
			empty: 'Aucun créneau libre',
			emptyText:
				'Aucun créneau libre dans les semaines à venir : vérifiez les disponibilités des animateurs et animatrices.',
			phone: 'Numéro à appeler',
			phoneHint:
				'Pour un rendez-vous par téléphone : le numéro de la famille, à changer si elle en donne un autre.',
			book: 'Réserver ce créneau',
			offer: 'Proposer ces créneaux à la famille',
			move: (startsAt: Date) => `Déplacer le rendez-vous du ${at(startsAt)} sur ce créneau`,
			nextFree: 'Prochains créneaux libres :'
		},
		blocked: {
			take_required:
				'Cette demande attend encore dans la file : prenez-la d’abord, depuis sa page.',
			not_open: 'Cette demande est close : on ne peut plus y fixer de rendez-vous.'
		},
		done: {
			booked: 'Rendez-vous réservé. La famille reçoit un e-mail avec l’invitation.',
			offered:
				'Créneaux proposés. La famille les reçoit par e-mail et peut en choisir un pendant 48 heures.',
			rescheduled:
				'Rendez-vous déplacé. La famille reçoit un e-mail avec l’invitation mise à jour.',
			bookedAgain:
				'Cette demande avait déjà un rendez-vous prévu : il est déplacé sur ce créneau. La famille reçoit un e-mail avec l’invitation mise à jour.',
			cancelled: 'Rendez-vous annulé. La famille en est prévenue par e-mail.',
			attended: 'Rendez-vous noté comme tenu.',
			no_show: 'Absence de la famille notée.'
		}
	},
	refusal: {
		not_found: 'Rendez-vous ou demande introuvable.',
		take_required: 'Prenez d’abord cette demande dans la file : elle est encore en attente.',
		not_open: 'Cette demande est close : on ne peut plus y fixer de rendez-vous.',
		slot_taken: 'Ce créneau vient d’être pris. Choisissez-en un autre.',
		already_booked:
			'Cette demande a déjà un rendez-vous prévu. Rechargez la page pour le voir, puis déplacez-le si besoin.',
		invalid_range: 'La fin du rendez-vous doit venir après son début.',
		in_the_past: 'Ce créneau est déjà passé.',
		animator_not_found: 'Cet animateur ou cette animatrice n’est pas du relais.',
		place_required: 'Choisissez le lieu du rendez-vous.',
		place_not_found: 'Ce lieu d’accueil n’existe pas ou n’est plus utilisé.',
		phone_required: 'Indiquez le numéro de téléphone à appeler.',
		no_email:
			'Cette famille n’a pas d’adresse e-mail : convenez du créneau avec elle par téléphone, puis réservez-le.',
		slot_count: 'Cochez de 3 à 5 créneaux à proposer.',
		one_slot: 'Cochez un seul créneau : celui du rendez-vous.',
		outside_opening_hours:
			'Ce créneau n’est pas dans les horaires d’ouverture de cet animateur ou de cette animatrice.',
		no_longer_offered:
			'Ce créneau n’est plus proposé : il a déjà été choisi, ou le délai de 48 heures est passé.',
		not_booked: 'Ce rendez-vous n’est plus prévu : il a été annulé ou a déjà eu lieu.',
		too_late:
			'Le rendez-vous est dans moins de 24 heures : il ne peut plus être déplacé ou annulé en ligne. Appelez le relais.',
		not_started: 'Le rendez-vous n’a pas encore commencé.'
	}
};
