import type { familyList as fr } from '../fr/family-list';
import type {
	AvailabilityState,
	CareStructureKind,
	FreePlaceFields,
	OfferFlag
} from '$lib/directory/directory-options';
import { scheduleRuns } from '$lib/directory/schedule-runs';
import { formatsFor } from '$lib/format/locale-formats';
import { arabicCount } from './arabic-count';

/** A distance with at most one decimal: "2.5 كم", "12 كم". */
const f = formatsFor('ar');
const age = (months: number) =>
	months > 0 && months % 12 === 0
		? arabicCount(months / 12, {
				one: 'سنة واحدة',
				two: 'سنتين',
				few: (k) => `${k} سنوات`,
				many: (k) => `${k} سنة`,
				other: (k) => `${k} سنة`
			})
		: arabicCount(months, {
				one: 'شهر واحد',
				two: 'شهرين',
				few: (k) => `${k} أشهر`,
				many: (k) => `${k} شهرًا`,
				other: (k) => `${k} شهر`
			});
const ages = (min: number, max: number | null) =>
	max === null
		? min === 0
			? 'كل الأعمار'
			: `ابتداءً من ${age(min)}`
		: min === 0
			? `حتى ${age(max)}`
			: `من ${age(min)} إلى ${age(max)}`;
const dayNames = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'] as const;
const kilometres = (km: number) => `${Math.round(km * 10) / 10} كم`;

/**
 * Texts of the list handed to a family, as the family reads it (see the French module). The
 * list never ranks or recommends: the sentence that presents it says so.
 */
export const familyList: typeof fr = {
	neutralIntro:
		'هذه قائمة مربيات الأطفال المعتمدات في المنطقة اللواتي يوافقن المعلومات الموضوعية لطلبكم (البلدية أو المسافة، سن الطفل، التاريخ والأوقات). ترتيب القائمة لا يعني أن المركز يفضل واحدة على أخرى. أنتم من تختارون، وأنتم من تتصلون بهن.',
	otherCareIntro:
		'توجد في المنطقة أيضًا أنواع أخرى من الرعاية: الحضانات، والحضانات الصغيرة، ومربيات تابعات لحضانة، وبيوت مربيات الأطفال (MAM)، ومربيات في البيت، ومراكز الترفيه. كلها ممكنة: يمكنكم الاتصال بها أيضًا.',
	toConfirm: 'اسألوا إن كان هناك مكان',
	toConfirmHint: 'لم تخبرنا هذه المربية عن أماكنها الشاغرة منذ مدة. اسألوها مباشرة.',
	declared: 'أماكن شاغرة أخبرت بها المركز',
	contactsNotPublished: 'معلومات الاتصال غير منشورة. اتصلوا بالمركز للوصول إليها.',
	atMam: (name: string) => `في بيت مربيات الأطفال (MAM): ${name}`,
	atHome: 'في بيتها',
	distance: (km: number) => `على بعد ${kilometres(km)}`,
	labelEnd: ': ',
	listSeparator: '، ',
	phone: 'الهاتف',
	email: 'البريد الإلكتروني',
	address: 'العنوان',
	commune: 'البلدية',
	freePlaces: 'الأماكن الشاغرة',
	freePlace: (place: FreePlaceFields) => {
		const hours = scheduleRuns(place.weeklySchedule)
			.map((run) => {
				const first = dayNames[run.first] ?? '';
				const last = dayNames[run.last] ?? '';
				const days = first === last ? first : `من ${first} إلى ${last}`;
				const night = run.end <= run.start ? ' (ليلًا)' : '';
				return `${days} ${f.timeRange(run.start, run.end)}${night}`;
			})
			.join('، ');
		const care = place.regularity === 'regular' ? 'رعاية منتظمة' : 'رعاية من حين لآخر';
		return `مكان واحد، ${ages(place.ageMinMonths, place.ageMaxMonths)}، ابتداءً من ${f.date(place.availableFrom)}، ${care}${hours ? `: ${hours}` : ''}`;
	},
	noFreePlace: 'لا يوجد مكان شاغر حاليًا.',
	offer: 'الرعاية المقترحة',
	languages: 'اللغات التي تتكلمها',
	ages: 'الأعمار',
	hours: 'الأوقات',
	capacity: (places: number) =>
		arabicCount(places, {
			one: 'مكان واحد',
			two: 'مكانان',
			few: (k) => `${k} أماكن`,
			many: (k) => `${k} مكانًا`,
			other: (k) => `${k} مكان`
		}),
	website: 'الموقع الإلكتروني',
	availability: {
		declared: 'أماكن شاغرة أخبرت بها المركز',
		to_confirm: 'اسألوا إن كان هناك مكان'
	} satisfies Record<AvailabilityState, string>,
	offerFlags: {
		periscolaire: 'حول أوقات المدرسة',
		wednesdays: 'يوم الأربعاء',
		school_holidays: 'في العطل المدرسية',
		before_7: 'قبل الساعة 7:00',
		after_19: 'بعد الساعة 19:00',
		saturday: 'يوم السبت',
		sunday: 'يوم الأحد',
		night: 'في الليل',
		disability_welcome: 'تستقبل الأطفال في وضعية إعاقة',
		part_time: 'دوام جزئي'
	} satisfies Record<OfferFlag, string>,
	structureKinds: {
		creche: 'حضانة',
		multi_accueil: 'حضانة متعددة الخدمات',
		micro_creche: 'حضانة صغيرة',
		creche_familiale: 'مربيات تابعات لحضانة',
		home_care_service: 'خدمة الرعاية في البيت',
		accueil_loisirs: 'مركز ترفيه (حول أوقات المدرسة)',
		mam: 'بيت مربيات الأطفال المعتمدات (MAM)'
	} satisfies Record<CareStructureKind | 'mam', string>,
	childmindersTitle: 'مربيات الأطفال المعتمدات',
	otherCareTitle: 'أنواع الرعاية الأخرى في المنطقة',
	noChildminder: 'لا توجد مربية توافق كل معلومات طلبكم. يمكن للمركز أن يوسع البحث معكم.',
	noStructure: 'لا يوجد نوع آخر من الرعاية مسجل في المنطقة.',
	count: (n: number) =>
		n === 0
			? 'لا توجد مربية'
			: arabicCount(n, {
					one: 'مربية واحدة',
					two: 'مربيتان',
					few: (k) => `${k} مربيات`,
					many: (k) => `${k} مربية`,
					other: (k) => `${k} مربية`
				}),

	tracking: {
		title: 'القوائم التي سلمها المركز',
		givenOn: (date: string) => `قائمة سُلّمت بتاريخ ${date}`
	}
};
