import type { followUps as fr } from '../fr/follow-ups';
import type { FollowUpAnswer, FollowUpStage } from '$lib/requests/outcome-options';

/**
 * The follow-up of a family at 30 and 90 days: the mail, the answer page
 * (`/suivi/<token>/nouvelles`) and the block on the tracking page. Short sentences and
 * everyday words: some parents read little French.
 */
export const followUps: typeof fr = {
	page: {
		title: 'Have you found childcare?',
		lead: (reference: string) => `Request ${reference}.`,
		intro: 'Tell the Relais: choose your answer, then confirm it.',
		back: 'Back to your request',
		otherAnswers: 'Choose another answer',
		answers: {
			found: 'Yes, we have found childcare',
			still_looking: 'No, we are still looking',
			no_longer_needed: 'We do not need childcare any more'
		} satisfies Record<FollowUpAnswer, string>,
		careKind: 'What type of childcare?',
		careKindHint: 'Choose one answer.',
		careKindRequired: 'Choose the type of childcare you found.',
		submit: {
			found: 'Confirm: we have found childcare',
			still_looking: 'Confirm: we are still looking',
			no_longer_needed: 'Confirm: no childcare needed'
		} satisfies Record<FollowUpAnswer, string>,
		explain: {
			found: 'Your request will be closed. Thank you!',
			still_looking: 'Your request stays open. The Relais can still help you.',
			no_longer_needed: 'Your request will be closed.'
		} satisfies Record<FollowUpAnswer, string>,
		done: {
			found: 'Thank you! The Relais knows that you have found childcare. Your request is closed.',
			still_looking:
				'Thank you! The Relais knows that you are still looking. Your request stays open. You can call the Relais at any time.',
			no_longer_needed:
				'Thank you! The Relais knows that you do not need childcare any more. Your request is closed.'
		} satisfies Record<FollowUpAnswer, string>,
		nothingToAnswer: 'There is no question waiting for an answer on this request.',
		refused: {
			already_answered: 'You have already answered. Thank you!',
			closed:
				'Your request is already closed. Thank you! If you are still looking, call the Relais.',
			not_now:
				'You have an appointment with the Relais soon. You can talk about it then. Thank you!'
		}
	},
	tracking: {
		title: 'Have you found childcare?',
		question: (stage: FollowUpStage) =>
			`The Relais wrote to you ${stage} days after your appointment. Tell the Relais how things are going.`,
		answerLink: 'Answer',
		answered: (answer: string, on: string) => `Your answer on ${on}: ${answer}.`
	}
};
