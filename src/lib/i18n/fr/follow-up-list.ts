import type { FollowUpAnswer } from '$lib/requests/outcome-options';
import { counted } from './plural';

/** Texts of the animators' follow-up list (`/relais/suivis`). */
export const followUpList = {
	navLabel: 'Suivi des familles',
	documentTitle: 'Suivi des familles',
	title: 'Suivi des familles',
	lead: 'Les familles reçues en rendez-vous dont la solution n’est pas encore enregistrée, de la plus ancienne rencontre à la plus récente. Le relais leur écrit 30 puis 90 jours après le premier rendez-vous tenu ; leur réponse s’affiche ici.',
	filters: {
		title: 'Afficher',
		label: 'Demandes',
		all: 'Toutes les demandes du relais',
		mine: 'Les miennes',
		submit: 'Afficher'
	},
	caption: 'Demandes à suivre, de la plus ancienne rencontre à la plus récente',
	columns: {
		reference: 'Demande',
		family: 'Famille',
		commune: 'Commune',
		firstHeld: 'Premier rendez-vous tenu',
		assignee: 'Suivie par',
		followUps: 'Relances et réponses'
	},
	daysAgo: (n: number) => (n === 0 ? 'aujourd’hui' : `il y a ${counted(n, 'jour', 'jours')}`),
	unassigned: 'Personne',
	noFollowUp: 'Aucune relance envoyée',
	followUpSent: (stage: number, date: string) => `Relance à ${stage} jours envoyée le ${date}`,
	noAnswer: 'pas encore de réponse',
	familySays: (answer: string) => `la famille dit : ${answer}`,
	answers: {
		found: 'solution trouvée',
		still_looking: 'toujours en recherche',
		no_longer_needed: 'n’a plus besoin d’accueil'
	} satisfies Record<FollowUpAnswer, string>,
	range: (first: number, last: number, total: number) => `Demandes ${first} à ${last} sur ${total}`,
	empty: {
		title: 'Aucune famille à suivre',
		text: 'Aucune demande n’a de rendez-vous tenu sans solution enregistrée. Les familles apparaîtront ici après leur premier rendez-vous.',
		mineText:
			'Aucune des demandes qui vous sont attribuées n’a de rendez-vous tenu sans solution enregistrée.',
		pastLastText: 'Cette page est au-delà de la dernière.',
		firstPage: 'Revenir à la première page'
	},
	pages: {
		label: 'Pages du suivi',
		current: (page: number, count: number) => `Page ${page} sur ${count}`,
		first: 'Première page',
		previous: 'Page précédente',
		next: 'Page suivante'
	}
};
