import type { outcomes as fr } from '../fr/outcomes';

/** Texts of a request's outcome that a family reads: see the French module. */
export const outcomes: typeof fr = {
	careKinds: {
		childminder_home: 'مربية أطفال معتمدة في بيتها',
		mam: 'بيت مربيات الأطفال المعتمدات (MAM)',
		creche: 'حضانة',
		micro_creche: 'حضانة صغيرة',
		creche_familiale: 'مربية أطفال تابعة لحضانة',
		home_carer: 'مربية في البيت',
		shared_home_carer: 'مربية مشتركة بين عائلتين',
		periscolaire: 'رعاية حول أوقات المدرسة',
		family_arrangement: 'العائلة أو الأصدقاء',
		other: 'نوع آخر من الرعاية'
	},
	reasons: {
		no_place_at_hours: 'لا يوجد مكان في الأوقات المطلوبة',
		too_far: 'بعيد جدًا',
		too_expensive: 'غالٍ جدًا',
		no_place_for_age: 'لا يوجد مكان لسن الطفل',
		disability_not_accommodated: 'لم يكن ممكنًا استقبال طفل في وضعية إعاقة',
		family_gave_up: 'توقفت العائلة عن البحث',
		moved_away: 'انتقلت العائلة إلى مكان آخر',
		unreachable: 'لم يكن ممكنًا الاتصال بالعائلة',
		no_longer_needed: 'لم تعد هناك حاجة إلى رعاية',
		other: 'سبب آخر'
	},
	sources: {
		relay: 'من طرف المركز',
		family: 'من طرف العائلة'
	},
	followUpAnswers: {
		found: 'وجدنا من يرعى طفلنا',
		still_looking: 'ما زلنا نبحث',
		no_longer_needed: 'لم نعد بحاجة إلى رعاية للطفل'
	}
};
