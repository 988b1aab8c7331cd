import type { tracking as fr } from '../fr/tracking';
import { arabicCount } from './arabic-count';

const months = (n: number) =>
	arabicCount(n, {
		one: 'شهر واحد',
		two: 'شهران',
		few: (k) => `${k} أشهر`,
		many: (k) => `${k} شهرًا`,
		other: (k) => `${k} شهر`
	});
const years = (n: number) =>
	arabicCount(n, {
		one: 'سنة واحدة',
		two: 'سنتان',
		few: (k) => `${k} سنوات`,
		many: (k) => `${k} سنة`,
		other: (k) => `${k} سنة`
	});

/** Texts of the family's tracking page (`/suivi/<token>`), the lost-link page and the summary. */
export const tracking: typeof fr = {
	title: 'متابعة طلبكم',
	lead: (reference: string, receivedOn: string) =>
		`الطلب رقم ${reference}، وصلنا بتاريخ ${receivedOn}.`,
	privateNotice:
		'هذه الصفحة خاصة بكم: من يعرف عنوانها يستطيع فتحها. لا تشاركوها مع أحد. إذا أضعتم الرابط، يمكنكم طلب رابط جديد.',
	status: {
		title: 'أين وصل طلبكم؟',
		now: {
			received:
				'وصلنا طلبكم. سيقترح عليكم مركز Relais Petite Enfance (مركز عمومي للإرشاد حول رعاية الأطفال) موعدًا، في المركز أو بالهاتف.',
			in_progress:
				'يعمل مركز Relais Petite Enfance (مركز عمومي للإرشاد حول رعاية الأطفال) على طلبكم. سيقترح عليكم موعدًا، في المركز أو بالهاتف.',
			appointment_booked: 'تم تحديد موعدكم مع المركز.',
			appointment_held: 'لقد التقيتم بالمركز. أخبروا المركز عندما تجدون من يرعى طفلكم.',
			solution_recorded: 'وجدتم من يرعى طفلكم. طلبكم مغلق.',
			closed_without_solution: 'طلبكم مغلق.',
			cancelled_by_family: 'لقد ألغيتم طلبكم. الطلب مغلق.',
			closed_by_relay: 'أغلق المركز طلبكم.'
		},
		timelineTitle: 'المراحل',
		steps: {
			received: 'وصول الطلب',
			appointment_proposed: 'اقتراح موعد',
			appointment_booked: 'تحديد الموعد',
			list_given: 'تسليم قائمة مربيات الأطفال المعتمدات',
			solution_recorded: 'إيجاد حل لرعاية الطفل',
			closed: 'إغلاق الطلب'
		},
		done: 'تمت هذه المرحلة',
		doneOn: (date: string) => `بتاريخ ${date}`,
		notYet: 'لم تتم بعد',
		skipped: 'غير مطلوبة'
	},
	summary: {
		title: 'طلبكم',
		child: 'الطفل',
		children: 'الأطفال',
		childLine: (position: number, description: string) => `الطفل ${position}: ${description}`,
		labelled: (label: string, value: string) => `${label}: ${value}`,
		listLabel: (label: string) => `${label}:`,
		born: (date: string, age: string) => `${age} (تاريخ الولادة ${date})`,
		expected: (date: string) => `الولادة متوقعة بتاريخ ${date}`,
		age: (ageInMonths: number) => {
			if (ageInMonths < 1) return 'أقل من شهر';
			if (ageInMonths < 24) return months(ageInMonths);
			const rest = ageInMonths % 12;
			const whole = years(Math.floor(ageInMonths / 12));
			return rest === 0 ? whole : `${whole} و${months(rest)}`;
		},
		residence: 'بلدية السكن',
		work: 'بلدية العمل',
		desiredStart: 'تاريخ البداية المرغوب',
		latestStart: 'آخر أجل للبداية',
		regularity: 'نوع الرعاية',
		regularities: { regular: 'منتظمة', occasional: 'من حين لآخر' },
		schedule: 'الأوقات',
		variableHours: 'أوقات متغيرة',
		day: (day: string, start: string, end: string, overnight: boolean) =>
			`${day}: ${start} – ${end}${overnight ? ' (حتى صباح اليوم التالي)' : ''}`,
		days: {
			mon: 'الاثنين',
			tue: 'الثلاثاء',
			wed: 'الأربعاء',
			thu: 'الخميس',
			fri: 'الجمعة',
			sat: 'السبت',
			sun: 'الأحد'
		},
		atypical: 'أوقات غير عادية',
		atypicalNone: 'لا يوجد',
		atypicalFlags: {
			early: 'قبل الساعة 7:00',
			late: 'بعد الساعة 19:00',
			saturday: 'يوم السبت',
			sunday: 'يوم الأحد',
			night: 'في الليل'
		},
		periscolaire: 'رعاية حول أوقات المدرسة',
		periscolaireNeeds: {
			before_school: 'قبل المدرسة',
			after_school: 'بعد المدرسة',
			wednesday: 'يوم الأربعاء',
			school_holidays: 'في العطل المدرسية'
		},
		careKinds: 'أنواع الرعاية التي تفضلونها',
		careKindLabels: {
			childminder_home: 'مربية أطفال معتمدة في بيتها',
			mam: 'بيت مربيات الأطفال المعتمدات (MAM)',
			creche: 'حضانة',
			micro_creche: 'حضانة صغيرة',
			creche_familiale: 'مربية أطفال تابعة لحضانة (crèche familiale)',
			home_carer: 'مربية في بيتكم',
			shared_home_carer: 'مربية مشتركة بين عائلتين',
			no_preference: 'لا تفضيل'
		},
		appointmentMode: 'الموعد',
		appointmentModes: { relay: 'في المركز', phone: 'بالهاتف' }
	},
	contact: {
		title: 'معلومات الاتصال بكم',
		intro: 'صححوا هنا معلومات الاتصال إذا تغيرت. سيستعمل المركز المعلومات الجديدة للاتصال بكم.',
		parentNames: 'اسم الوالد أو الوالدين ولقبهما',
		email: 'البريد الإلكتروني',
		emailHint: 'مثال: name@example.com',
		phone: 'الهاتف',
		phoneHint: 'مثال: 06 12 34 56 78',
		appointmentMode: 'بالنسبة للموعد، تفضلون',
		appointmentModes: { relay: 'الحضور إلى المركز', phone: 'أن يتصل بكم المركز بالهاتف' },
		contactTimes: 'أفضل الأوقات للاتصال بكم',
		contactTimesHint: 'مثال: أيام الأسبوع بعد الساعة 17:00',
		homeLanguage: 'اللغة التي تتكلمونها في البيت',
		submit: 'حفظ معلومات الاتصال',
		saved: 'تم حفظ معلومات الاتصال.',
		closed: 'هذا الطلب مغلق. لا يمكن تغيير معلومات الاتصال بعد الآن.'
	},
	cancel: {
		title: 'إلغاء طلبكم',
		intro:
			'إذا لم تعودوا بحاجة إلى مساعدة المركز، ألغوا طلبكم. هكذا يعرف المركز أنه لا داعي للاتصال بكم. يمكنكم دائمًا تقديم طلب جديد لاحقًا.',
		reason: 'لماذا تلغون طلبكم؟',
		reasons: {
			found_elsewhere: 'وجدت من يرعى طفلي بنفسي',
			no_longer_needed: 'لم أعد بحاجة إلى رعاية للطفل',
			other: 'سبب آخر',
			erasure: 'طلبت العائلة حذف بياناتها'
		},
		reasonRequired: 'اختاروا سبب الإلغاء.',
		details: 'تفاصيل إضافية',
		detailsHint: 'ما تريدون قوله للمركز.',
		detailsMax: 1000,
		detailsTooLong: 'اكتبوا 1000 حرف على الأكثر.',
		submit: 'إلغاء طلبي',
		done: 'تم إلغاء طلبكم. شكرًا لأنكم أخبرتم المركز.',
		refused: 'هذا الطلب مغلق من قبل. لا يمكن إلغاؤه.'
	},
	closedNotice: 'هذا الطلب مغلق. إذا احتجتم من جديد إلى رعاية لطفلكم، قدموا طلبًا جديدًا.',
	relay: {
		title: 'هل لديكم سؤال؟',
		text: (relayName: string) => `اتصلوا بـ ${relayName}`,
		phone: 'بالهاتف على الرقم',
		email: 'أو بالبريد الإلكتروني على العنوان'
	},
	newLink: {
		title: 'هل أضعتم الرابط؟',
		lead: 'اكتبوا البريد الإلكتروني الذي أعطيتموه في طلبكم. سنرسل لكم رابط متابعة جديدًا لكل طلب مفتوح. الرابط القديم لن يعمل بعد ذلك.',
		email: 'البريد الإلكتروني',
		emailHint: 'مثال: name@example.com',
		emailRequired: 'اكتبوا بريدكم الإلكتروني.',
		submit: 'الحصول على رابط جديد',
		sent: 'إذا كان هناك طلب مفتوح بهذا البريد الإلكتروني، فقد أرسلنا إليه الآن رابط متابعة جديدًا. انظروا أيضًا في البريد غير المرغوب فيه. إذا لم يصلكم شيء، اتصلوا بمركز بلديتكم.',
		rateLimited:
			'طلبات كثيرة للرابط في وقت قصير. لحماية العائلات، انتظروا ساعة قبل المحاولة من جديد، أو اتصلوا بمركز بلديتكم.'
	}
};
