import type { followUps as fr } from '../fr/follow-ups';
import type { FollowUpAnswer, FollowUpStage } from '$lib/requests/outcome-options';

/**
 * The follow-up of a family at 30 and 90 days: the mail, the answer page
 * (`/suivi/<token>/nouvelles`) and the block on the tracking page. Short sentences and
 * everyday words: some parents read little French.
 */
export const followUps: typeof fr = {
	page: {
		title: 'هل وجدتم من يرعى طفلكم؟',
		lead: (reference: string) => `الطلب رقم ${reference}.`,
		intro: 'أخبروا المركز: اختاروا جوابكم، ثم أكدوه.',
		back: 'الرجوع إلى متابعة طلبكم',
		otherAnswers: 'اختيار جواب آخر',
		answers: {
			found: 'نعم، وجدنا من يرعى طفلنا',
			still_looking: 'لا، ما زلنا نبحث',
			no_longer_needed: 'لم نعد بحاجة إلى رعاية للطفل'
		} satisfies Record<FollowUpAnswer, string>,
		careKind: 'ما نوع الرعاية؟',
		careKindHint: 'اختاروا جوابًا واحدًا.',
		careKindRequired: 'اختاروا نوع الرعاية التي وجدتموها.',
		submit: {
			found: 'تأكيد: وجدنا من يرعى طفلنا',
			still_looking: 'تأكيد: ما زلنا نبحث',
			no_longer_needed: 'تأكيد: لم نعد بحاجة إلى رعاية'
		} satisfies Record<FollowUpAnswer, string>,
		explain: {
			found: 'سيُغلق طلبكم. شكرًا!',
			still_looking: 'يبقى طلبكم مفتوحًا. يمكن للمركز أن يساعدكم أكثر.',
			no_longer_needed: 'سيُغلق طلبكم.'
		} satisfies Record<FollowUpAnswer, string>,
		done: {
			found: 'شكرًا! يعرف المركز الآن أنكم وجدتم من يرعى طفلكم. طلبكم مغلق.',
			still_looking:
				'شكرًا! يعرف المركز الآن أنكم ما زلتم تبحثون. يبقى طلبكم مفتوحًا. يمكنكم الاتصال بالمركز في أي وقت.',
			no_longer_needed: 'شكرًا! يعرف المركز الآن أنكم لم تعودوا بحاجة إلى رعاية. طلبكم مغلق.'
		} satisfies Record<FollowUpAnswer, string>,
		nothingToAnswer: 'لا يوجد سؤال ينتظر جوابكم في هذا الطلب.',
		refused: {
			already_answered: 'لقد أجبتم من قبل. شكرًا!',
			closed: 'طلبكم مغلق من قبل. شكرًا! إذا كنتم ما زلتم تبحثون، اتصلوا بالمركز.',
			not_now: 'لديكم موعد قريب مع المركز. يمكنكم الحديث عن ذلك في الموعد. شكرًا!'
		}
	},
	tracking: {
		title: 'هل وجدتم من يرعى طفلكم؟',
		question: (stage: FollowUpStage) =>
			`كتب إليكم المركز بعد ${stage} يومًا من موعدكم. أخبروه أين وصلتم.`,
		answerLink: 'الإجابة',
		answered: (answer: string, on: string) => `جوابكم بتاريخ ${on}: ${answer}.`
	}
};
