import type { common as fr } from '../fr/common';

export const common: typeof fr = {
	appName: 'Guichet',
	appTagline: 'مركز Relais Petite Enfance: خدمة واحدة لرعاية الأطفال الصغار',
	skipToContent: 'الانتقال إلى المحتوى',
	mainNavigation: 'القائمة الرئيسية',
	brandHomeHidden: '(الصفحة الرئيسية)',
	pageTitle: (title: string) => `${title} — Guichet`,
	nav: {
		home: 'الصفحة الرئيسية',
		staffArea: 'فضاء المهنيين (بالفرنسية)'
	},
	languages: 'اللغة',
	errorSummaryTitle: (count: number) =>
		count === 1
			? 'في الاستمارة خطأ واحد:'
			: count === 2
				? 'في الاستمارة خطآن:'
				: count <= 10
					? `في الاستمارة ${count} أخطاء:`
					: `في الاستمارة ${count} خطأً:`,
	optional: '(اختياري)',
	required: '(إجباري)',
	requiredNotice: 'كل الخانات إجبارية، إلا الخانات المكتوب عليها «اختياري».',
	errorPrefix: 'خطأ:',
	charactersLeft: (left: number, max: number) => `بقي لكم ${left} من ${max} حرفًا.`,
	alert: {
		info: 'معلومة:',
		success: 'تم بنجاح:',
		warning: 'انتبهوا:',
		error: 'خطأ:'
	},
	error: {
		title: 'حدث خطأ',
		notFoundTitle: 'الصفحة غير موجودة',
		notFound: 'هذه الصفحة غير موجودة أو لم تعد متاحة.',
		forbiddenTitle: 'الدخول غير مسموح',
		forbidden: 'حسابكم لا يسمح بفتح هذه الصفحة.',
		tooManyTitle: 'محاولات كثيرة جدًا',
		unavailableTitle: 'الخدمة غير متاحة مؤقتًا',
		unavailable: 'الخدمة غير متاحة الآن. حاولوا مرة أخرى بعد لحظات.',
		badRequest: 'لم نفهم هذا العنوان. ارجعوا إلى الصفحة الرئيسية وحاولوا مرة أخرى.',
		badForm: 'لم نستطع قراءة الاستمارة التي أرسلتموها. أعيدوا تحميل الصفحة وأرسلوها مرة أخرى.',
		tooLarge: 'الاستمارة التي أرسلتموها طويلة جدًا. اختصروا النصوص وأرسلوها مرة أخرى.',
		unsupportedForm: 'هذا العنوان ينتظر استمارة من الصفحة. أعيدوا تحميل الصفحة وأرسلوها مرة أخرى.',
		unexpected: 'خطأ غير متوقع يمنعنا من عرض هذه الصفحة. حاولوا مرة أخرى بعد لحظة.',
		reference: 'إذا استمرت المشكلة، أعطوا هذا الرقم للمركز:',
		backHome: 'الرجوع إلى الصفحة الرئيسية'
	},
	footer: {
		service: 'هذه الخدمة العمومية مجانية. يموّلها صندوق المنح العائلية (Caf) والبلديات.',
		accessibility: 'سهولة الوصول: هذا الموقع يحترم جزءًا من قواعد سهولة الوصول (RGAA).'
	}
};
