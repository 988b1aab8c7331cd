import { formatsFor } from '$lib/format/locale-formats';
import type { requestForm as fr } from '../fr/request-form';
import { days as dayCount } from './arabic-count';

/**
 * The pages of the family's online request, in simple Modern Standard Arabic: the start page,
 * the five steps, the summary and the confirmation. The family is addressed in the plural
 * (polite, and for either parent). French names of services stay in Latin letters, explained
 * on first use (Relais Petite Enfance, Caf, CNIL, MAM). Examples of numbers, dates and
 * addresses are isolated left to right (`ltr`), or their parts come out in reverse order.
 */
const { ltr } = formatsFor('ar');

const days = {
	mon: 'الاثنين',
	tue: 'الثلاثاء',
	wed: 'الأربعاء',
	thu: 'الخميس',
	fri: 'الجمعة',
	sat: 'السبت',
	sun: 'الأحد'
};

export const requestForm: typeof fr = {
	start: {
		documentTitle: 'طلب رعاية لطفلكم',
		title: 'تقديم طلب رعاية لطفلكم',
		lead: 'املؤوا هذه الاستمارة. بعد ذلك يقترح عليكم Relais Petite Enfance موعدًا. هو مركز محلي للمعلومات عن رعاية الأطفال الصغار، ونسميه فيما يلي «المركز». معًا، تبحثون عن طريقة لرعاية طفلكم.',
		facts: {
			title: 'معلومات مفيدة',
			items: [
				'يستغرق ذلك 5 دقائق تقريبًا.',
				'لا حاجة إلى إنشاء حساب.',
				'الخدمة مجانية.',
				'يمكنكم تقديم الطلب قبل ولادة طفلكم.',
				'لا يُرسل شيء قبل الخطوة الأخيرة.',
				'نحتفظ بإجاباتكم 24 ساعة، ليكون لديكم وقت لملء الاستمارة.'
			]
		},
		asked: {
			title: 'ما سنسألكم عنه',
			items: [
				'بيانات الاتصال بكم: اسمكم، وعنوان بريدكم الإلكتروني، ورقم هاتفكم.',
				'بلديتكم.',
				'أطفالكم: تاريخ الولادة، أو التاريخ المتوقع إذا لم يولد الطفل بعد.',
				'حاجتكم: من أي تاريخ، وفي أي أيام، وفي أي ساعات.',
				'في النهاية، ملخص تراجعونه قبل الإرسال.'
			]
		},
		needed: {
			title: 'ما تحتاجون إليه',
			items: [
				'عنوان بريد إلكتروني: تصلكم عليه رسالة التأكيد ورابط لمتابعة طلبكم.',
				'تاريخ ولادة كل طفل، أو التاريخ المتوقع.',
				'ساعات عملكم، إذا كنتم تعرفونها.'
			]
		},
		otherWays: {
			title: 'هل تفضلون التحدث إلى شخص؟',
			text: 'يمكنكم أيضًا الاتصال بالمركز أو الذهاب إليه. يملأ موظف من المركز الطلب معكم.'
		},
		submit: 'ابدأ طلبي'
	},

	steps: {
		contact: { title: 'بيانات الاتصال بكم', short: 'الاتصال' },
		commune: { title: 'بلديتكم', short: 'البلدية' },
		children: { title: 'أطفالكم', short: 'الأطفال' },
		need: { title: 'حاجتكم إلى الرعاية', short: 'الحاجة' },
		send: { title: 'المراجعة والإرسال', short: 'الإرسال' }
	},
	documentTitle: (title: string, number: number, count: number) =>
		`${title} (الخطوة ${number} من ${count}) — طلب رعاية`,
	progress: {
		count: (number: number, count: number) => `الخطوة ${number} من ${count}`,
		label: 'خطوات الطلب',
		state: { done: '(انتهت)', current: '(الخطوة الحالية)', upcoming: '(لاحقًا)' }
	},
	actions: {
		next: 'متابعة',
		back: 'رجوع',
		send: 'أرسل طلبي'
	},
	verify: 'إحدى إجابات هذه الخطوة لم تعد صالحة (مثلًا، تاريخ قد مضى). صححوها، ثم تابعوا.',
	connectionLost:
		'انقطع الاتصال: لم تُحفظ هذه الخطوة. إجاباتكم ما زالت هنا. حاولوا مرة أخرى بعد لحظات.',
	expired: {
		documentTitle: 'انتهت صلاحية الاستمارة',
		title: 'هذه الاستمارة لم تعد متاحة',
		text: 'ربما أُرسلت من قبل. أو انتهت صلاحيتها: نحتفظ بالإجابات 24 ساعة. ألم تصلكم رسالة تأكيد؟ إذن لم يُرسل طلبكم.',
		restart: 'ابدأ طلبي من جديد'
	},

	contact: {
		intro: 'يستعمل المركز هذه المعلومات للاتصال بكم أو الكتابة إليكم، ولإعطائكم موعدًا.',
		parentNames: 'اسمكم الشخصي واسم العائلة',
		parentNamesHint: `لنعرف من يقدم الطلب. يمكنكم إضافة اسم الوالد الآخر. مثلًا: ${ltr('Awa Diallo')} و${ltr('Karim Benali')}.`,
		email: 'عنوان البريد الإلكتروني',
		emailHint: `لنرسل إليكم التأكيد والموعد ورابطًا لمتابعة طلبكم. مثلًا: ${ltr('name@example.com')}`,
		appointmentMode: 'للموعد مع المركز، تفضلون:',
		appointmentModes: {
			relay: {
				label: 'في المركز',
				hint: 'تلتقون بموظف من المركز.'
			},
			phone: { label: 'عبر الهاتف', hint: 'يتصل بكم المركز.' }
		},
		phone: 'الهاتف',
		phoneHint: `لنتصل بكم ونعطيكم الموعد. مطلوب إذا اخترتم موعدًا عبر الهاتف. مثلًا: ${ltr('06 12 34 56 78')}`,
		contactTimes: 'متى تفضلون أن نتصل بكم؟',
		contactTimesHint:
			'لنتصل بكم في وقت مناسب. مثلًا: في الصباح، أو في أيام الأسبوع بعد الساعة 17:00.',
		homeLanguage: 'اللغة التي تتكلمونها في البيت',
		homeLanguageHint: 'لنحضّر الموعد معكم. مثلًا: العربية، الإنجليزية، الولوف.'
	},

	commune: {
		intro: 'مركز بلديتكم هو الذي سيهتم بطلبكم.',
		residence: 'بلديتكم',
		residenceHint: `لنجد مركزكم وأماكن رعاية قريبة من بيتكم. اكتبوا اسم البلدية أو رمزها البريدي. مثلًا: ${ltr('Bruz')}، أو ${ltr('35170')}. تظهر اقتراحات أثناء الكتابة.`,
		ambiguous: 'لعدة بلديات هذا الاسم أو هذا الرمز البريدي. أيها بلديتكم؟',
		ambiguousWork: 'لعدة بلديات هذا الاسم أو هذا الرمز البريدي. في أيها تعملون؟',
		// Also the text sent back when chosen from the suggestions: the same as in French.
		option: (name: string, postalCodes: string[]) => `${name} (${postalCodes.join(', ')})`,
		work: 'البلدية التي تعملون فيها',
		workHint: 'إذا كانت غير بلديتكم. يمكن للمركز عندئذ أن يبحث أيضًا عن رعاية قريبة من عملكم.',
		suggestions: 'هل تقصدون:',
		suggestionsWork: 'هل تقصدون، للبلدية التي تعملون فيها:',
		elsewhere: {
			linkIntro: 'يمكنكم أيضًا البحث عن مركز بلديتكم على',
			link: 'monenfant.fr، موقع Caf (صندوق الإعانات العائلية) عن رعاية الأطفال الصغار',
			href: 'https://monenfant.fr'
		}
	},

	children: {
		intro:
			'اذكروا كل طفل يحتاج إلى رعاية، حتى إذا لم يولد بعد. يمكن أن يخص الطلب 4 أطفال على الأكثر.',
		child: (n: number) => `الطفل ${n}`,
		errorOf: (n: number, message: string) => `الطفل ${n}: ${message}`,
		status: 'الطفل:',
		statuses: { born: 'وُلد', expected: 'ولادة منتظرة (لم يولد بعد)' },
		date: {
			unknown: 'تاريخ الولادة، أو التاريخ المتوقع',
			born: 'تاريخ الولادة',
			expected: 'تاريخ الولادة المتوقع'
		},
		dateHint: `لنبحث عن مكان يناسب عمر طفلكم. اليوم، الشهر، السنة. مثلًا: ${ltr('15/03/2026')}.`,
		support: 'هل لدى الطفل إعاقة، أو مرض، أو حاجة خاصة إلى المرافقة؟',
		supportHint:
			'لستم ملزمين بالإجابة. نسأل لنجد مكانًا يستطيع أن يستقبل طفلكم جيدًا. فريق المركز وحده يرى إجابتكم. يمكنكم التحدث عن ذلك أثناء الموعد.',
		supports: { yes: 'نعم', no: 'لا', unsaid: 'أفضل عدم الإجابة' },
		add: 'أضف طفلًا',
		remove: 'احذف الطفل الأخير',
		maxReached:
			'ذكرتم 4 أطفال: هذا هو الحد الأقصى للطلب الواحد. لعدد أكبر من الأطفال، تحدثوا مع المركز أثناء الموعد.'
	},

	need: {
		intro:
			'أخبرونا متى يحتاج طفلكم إلى الرعاية. لا تعرفون كل شيء بعد؟ أعطوا فكرة تقريبية: ستتحدثون عن ذلك أثناء الموعد.',
		desiredStart: 'من أي تاريخ تحتاجون إلى الرعاية؟',
		desiredStartHint: `لنبحث عن مكان شاغر في هذا التاريخ. اليوم، الشهر، السنة. مثلًا: ${ltr('01/09/2026')}.`,
		latestStart: 'آخر موعد للبدء',
		latestStartHint: 'إذا كان يجب أن تبدأ الرعاية قبل تاريخ معين. مثلًا: نهاية إجازة الوالدين.',
		regularity: 'الرعاية:',
		regularities: {
			regular: {
				label: 'منتظمة',
				hint: 'نفس الأيام كل أسبوع، مثلًا أثناء عملكم.'
			},
			occasional: {
				label: 'عرضية',
				hint: 'من وقت لآخر، بضع ساعات أو بضعة أيام.'
			}
		},
		schedule: {
			title: 'الأيام والساعات',
			intro:
				'لنجد رعاية مفتوحة في الساعات المناسبة. لكل يوم رعاية، اكتبوا ساعة البداية وساعة النهاية. اتركوا الأيام الأخرى فارغة.',
			days,
			start: 'البداية',
			end: 'النهاية',
			overnight: 'حتى اليوم التالي',
			errorOf: (day: string, message: string) => `${day}: ${message}`
		},
		variableHours: 'ساعاتي تتغير من أسبوع لآخر',
		variableHoursHint:
			'ضعوا علامة هنا إذا لم تستطيعوا إعطاء ساعات ثابتة. يمكنكم مع ذلك ملء أسبوع عادي.',
		atypical: {
			explanation:
				'في الصباح الباكر، أو في آخر المساء، أو في الليل، أو في عطلة نهاية الأسبوع: هذه «ساعات غير اعتيادية». سيأخذها المركز بعين الاعتبار.',
			found: (flags: string[]) => `ساعات غير اعتيادية: ${flags.join('، ')}.`,
			none: 'لا توجد ساعات غير اعتيادية حتى الآن.',
			list: (flags: string[]) => flags.join('، '),
			flags: {
				early: 'قبل الساعة 7:00',
				late: 'بعد الساعة 19:00',
				saturday: 'السبت',
				sunday: 'الأحد',
				night: 'الليل'
			}
		},
		periscolaire: 'رعاية قبل المدرسة أو بعدها (لطفل يذهب إلى المدرسة)',
		periscolaireHint:
			'تُسمى في فرنسا «périscolaire». لا تضعوا أي علامة إذا كان طفلكم لا يذهب إلى المدرسة بعد.',
		periscolaireNeeds: {
			before_school: 'قبل المدرسة',
			after_school: 'بعد المدرسة',
			wednesday: 'يوم الأربعاء',
			school_holidays: 'أثناء العطل المدرسية'
		},
		careKinds: 'ما أنواع الرعاية التي تهمكم؟',
		careKindsHint:
			'ضعوا علامة على كل ما يهمكم. أثناء الموعد، سيعرض عليكم المركز كل أنواع الرعاية. لا تعرفون؟ اختاروا «لا تفضيل».',
		careKindOptions: {
			childminder_home: {
				label: 'مربية أطفال معتمدة (assistante maternelle)، في بيتها',
				hint: 'شخص مهني معتمد من المحافظة (Département) يرعى طفلكم في بيته.'
			},
			mam: {
				label: 'بيت مربيات الأطفال (MAM)',
				hint: 'عدة مربيات أطفال معتمدات يرعين الأطفال معًا، في مكان واحد.'
			},
			creche: {
				label: 'حضانة (crèche)',
				hint: 'فريق من المهنيين يرعى مجموعة من الأطفال.'
			},
			micro_creche: {
				label: 'حضانة صغيرة (micro-crèche)',
				hint: 'حضانة صغيرة، لـ 12 طفلًا على الأكثر.'
			},
			creche_familiale: {
				label: 'حضانة عائلية (crèche familiale)',
				hint: 'مربيات أطفال توظفهن حضانة يرعين الأطفال في بيوتهن. ويلتقي الأطفال أيضًا في مجموعة.'
			},
			home_carer: {
				label: 'رعاية في بيتكم',
				hint: 'شخص يرعى طفلكم في بيتكم.'
			},
			shared_home_carer: {
				label: 'رعاية مشتركة في البيت',
				hint: 'شخص يرعى أطفال عائلتين، في بيت إحداهما أو الأخرى.'
			},
			no_preference: {
				label: 'لا تفضيل',
				hint: 'تريدون أولًا معرفة الإمكانيات.'
			}
		}
	},

	send: {
		intro: 'راجعوا إجاباتكم. يمكنكم تعديل كل جزء قبل الإرسال.',
		edit: 'تعديل',
		editHidden: (part: string) => `: ${part}`,
		invalidStep: {
			title: 'جزء من طلبكم يحتاج إلى مراجعة',
			text: 'إحدى الإجابات ناقصة أو لم تعد صالحة (مثلًا، تاريخ قد مضى).',
			link: (title: string) => `راجعوا خطوة «${title}»`
		},
		summary: {
			notGiven: 'غير مذكور',
			parentNames: 'الاسم',
			email: 'البريد الإلكتروني',
			phone: 'الهاتف',
			appointmentMode: 'الموعد',
			appointmentModes: { relay: 'في المركز', phone: 'عبر الهاتف' },
			contactTimes: 'متى نتصل بكم',
			homeLanguage: 'اللغة التي تتكلمونها في البيت',
			residence: 'البلدية',
			work: 'بلدية العمل',
			born: (date: string) => `وُلد في ${date}`,
			expected: (date: string) => `الولادة متوقعة في ${date}`,
			support: (answer: string) => `إعاقة أو حاجة خاصة: ${answer}`,
			supports: { yes: 'نعم', no: 'لا', unsaid: 'تفضلون عدم الإجابة' },
			desiredStart: 'البدء المرغوب',
			latestStart: 'على الأكثر في',
			regularity: 'الرعاية',
			regularities: { regular: 'منتظمة', occasional: 'عرضية' },
			schedule: 'الأيام والساعات',
			day: (day: string, start: string, end: string, overnight: boolean) =>
				`${day}: من ${ltr(start)} إلى ${ltr(end)}${overnight ? ' (في اليوم التالي)' : ''}`,
			noDay: 'لم يُذكر أي يوم',
			variableHours: 'ساعات تتغير من أسبوع لآخر',
			atypical: 'ساعات غير اعتيادية',
			atypicalNone: 'لا شيء',
			periscolaire: 'رعاية قبل المدرسة أو بعدها',
			careKinds: 'أنواع الرعاية التي تهمكم'
		},
		comment: 'هل تريدون أن تقولوا شيئًا آخر للمركز؟',
		commentHint: 'مثلًا: وضع خاص، أو سؤال. لا تكتبوا معلومات طبية.',
		notice: {
			title: 'بياناتكم الشخصية',
			purposeTitle: 'لماذا هذه المعلومات؟',
			purpose:
				'يستعمل المركز إجاباتكم لأمرين: لتنظيم موعد معكم، ولمساعدتكم على إيجاد طريقة لرعاية طفلكم.',
			whoTitle: 'من يراها؟',
			who: [
				'فريق مركز بلديتكم وحده يرى طلبكم.',
				'الإجابة عن إعاقة طفلكم أو حاجته الخاصة اختيارية. وفريق المركز وحده يراها أيضًا.',
				'المنتخبون المحليون يرون أرقامًا مجهولة الهوية فقط، مثلًا عدد الطلبات في كل شهر. لا يرون أبدًا اسمكم ولا طلبكم.'
			],
			retentionTitle: 'إلى متى؟',
			retention: 'يُحذف طلبكم بعد سنتين من إغلاقه. يحتفظ المركز بأرقام مجهولة الهوية فقط.',
			rightsTitle: 'حقوقكم',
			rights:
				'يمكنكم أن تطلبوا رؤية بياناتكم، أو تصحيحها، أو حذفها. يمكنكم أيضًا رفض استعمالها. لذلك، اتصلوا بالمركز.',
			cnil: 'هل تظنون أن حقوقكم غير محترمة؟ يمكنكم التوجه إلى الهيئة الفرنسية لحماية البيانات (CNIL):',
			cnilLink: 'cnil.fr',
			cnilHref: 'https://www.cnil.fr'
		},
		consent: 'قرأت هذه المعلومات وأوافق على أن يستعمل المركز هذه البيانات لمعالجة طلبي',
		consentByStaff:
			'قرأت هذه المعلومات على العائلة، وهي توافق على أن يستعمل المركز هذه البيانات لمعالجة طلبها',
		honeypot: 'لا تملأ هذا الحقل'
	},

	sent: {
		documentTitle: 'أُرسل الطلب',
		title: 'أُرسل طلبكم',
		lead: (relayName: string) => `وصل طلبكم إلى ${relayName}.`,
		reference: 'رقم طلبكم',
		referenceHint: 'احتفظوا به: سيطلبه منكم المركز إذا اتصلتم به.',
		spelled: (parts: string[]) =>
			`لقوله عبر الهاتف: ${parts.map((part) => ltr(part)).join('، شرطة، ')}.`,
		next: {
			title: 'وماذا بعد؟',
			appointment: (days: number) =>
				`يقترح عليكم المركز موعدًا خلال ${dayCount(days)}، في المركز أو عبر الهاتف.`,
			meeting:
				'أثناء الموعد، يعرض عليكم المركز أنواع الرعاية القريبة من بيتكم. ويعطيكم قائمة مربيات الأطفال المعتمدات.',
			email:
				'أرسلنا إليكم رسالة بريد إلكتروني. فيها ملخص طلبكم ورابط شخصي لمتابعته. احتفظوا بهذه الرسالة. لا تجدونها؟ ابحثوا في البريد غير المرغوب فيه (spam).',
			noEmail: 'سيتصل بكم المركز عبر الهاتف.'
		},
		question: {
			title: 'لديكم سؤال؟',
			text: (relayName: string) => `اتصلوا بـ ${relayName} على الرقم`
		},
		backHome: 'العودة إلى الصفحة الرئيسية'
	}
};
