import type { FollowUpAnswer, FollowUpStage } from '$lib/requests/outcome-options';

/**
 * The follow-up of a family at 30 and 90 days: the mail, the answer page
 * (`/suivi/<token>/nouvelles`) and the block on the tracking page. Short sentences and
 * everyday words: some parents read little French.
 */
export const followUps = {
	page: {
		title: 'Avez-vous trouvé un mode d’accueil ?',
		lead: (reference: string) => `Demande ${reference}.`,
		intro: 'Dites-le au relais : choisissez votre réponse, puis confirmez.',
		back: 'Retour au suivi de votre demande',
		otherAnswers: 'Choisir une autre réponse',
		answers: {
			found: 'Oui, nous avons trouvé',
			still_looking: 'Non, nous cherchons encore',
			no_longer_needed: 'Nous n’avons plus besoin d’accueil'
		} satisfies Record<FollowUpAnswer, string>,
		careKind: 'Quel mode d’accueil ?',
		careKindHint: 'Choisissez une réponse.',
		careKindRequired: 'Choisissez le mode d’accueil trouvé.',
		submit: {
			found: 'Confirmer : nous avons trouvé',
			still_looking: 'Confirmer : nous cherchons encore',
			no_longer_needed: 'Confirmer : plus besoin d’accueil'
		} satisfies Record<FollowUpAnswer, string>,
		explain: {
			found: 'Votre demande sera close. Merci !',
			still_looking: 'Votre demande reste ouverte. Le relais peut vous aider encore.',
			no_longer_needed: 'Votre demande sera close.'
		} satisfies Record<FollowUpAnswer, string>,
		done: {
			found:
				'Merci ! Le relais sait que vous avez trouvé un mode d’accueil. Votre demande est close.',
			still_looking:
				'Merci ! Le relais sait que vous cherchez encore. Votre demande reste ouverte : n’hésitez pas à appeler le relais.',
			no_longer_needed:
				'Merci ! Le relais sait que vous n’avez plus besoin d’accueil. Votre demande est close.'
		} satisfies Record<FollowUpAnswer, string>,
		nothingToAnswer: 'Il n’y a pas de question en attente pour cette demande.',
		refused: {
			already_answered: 'Vous avez déjà répondu. Merci !',
			closed: 'Votre demande est déjà close. Merci ! Si vous cherchez encore, appelez le relais.',
			not_now:
				'Un rendez-vous avec le relais est prévu. Vous pourrez en parler avec lui à ce rendez-vous. Merci !'
		}
	},
	tracking: {
		title: 'Avez-vous trouvé un mode d’accueil ?',
		question: (stage: FollowUpStage) =>
			`Le relais vous a écrit ${stage} jours après votre rendez-vous. Dites-lui où vous en êtes.`,
		answerLink: 'Répondre',
		answered: (answer: string, on: string) => `Votre réponse du ${on} : ${answer}.`
	}
};
