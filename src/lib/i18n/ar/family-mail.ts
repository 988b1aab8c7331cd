/**
 * The family's mails and calendar invitations in Arabic (simple Modern Standard Arabic): the
 * shape of `fr/family-mail.ts`, key for key. Dates and times through `formatsFor('ar')`, in
 * Paris time. A plain-text mail reader sets each paragraph's direction from its first letter:
 * every paragraph starts with an Arabic word. References, phone numbers and addresses read
 * left to right inside the Arabic text (`f.ltr`); names, which may be in either script, are
 * isolated so that they do not carry the punctuation around them along (`named`).
 */
import { formatsFor } from '$lib/format/locale-formats';
import type { AppointmentText, familyMail as fr, MeetingWay } from '../fr/family-mail';

const f = formatsFor('ar');

/** First-strong isolate: a name keeps its own direction, Latin or Arabic. */
const named = (name: string) => `\u2068${name}\u2069`;

/** A number of days, with the noun Arabic grammar gives that number. */
function days(count: number): string {
	if (count === 1) return 'يوم واحد';
	if (count === 2) return 'يومين';
	const noun = count % 100 >= 3 && count % 100 <= 10 ? 'أيام' : 'يومًا';
	return `${f.count(count)} ${noun}`;
}

/** "الاثنين، 7 ديسمبر 2026", in Paris. */
const formatDay = (at: Date) => f.date(at, { weekday: true });

/** "الاثنين، 7 ديسمبر 2026، 14:00 – 14:45". */
export const formatSlot = (startsAt: Date, endsAt: Date) =>
	`${formatDay(startsAt)}، ${f.timeRange(startsAt, endsAt)}`;

const wayLines = (way: MeetingWay): string[] =>
	way.kind === 'phone'
		? [
				`موعد بالهاتف: سيتصل بك ${named(way.callerName)} من المكتب على الرقم ${f.phone(way.phone)}.`,
				'كن مستعدًا للرد على هذا الرقم في وقت الموعد.'
			]
		: [
				`موعد في المكتب: ${named(way.placeName)}، ${f.ltr(way.address)}.`,
				...(way.accessNotes.trim() ? [`كيف تدخل: ${named(way.accessNotes.trim())}`] : [])
			];

const contactLines = (p: AppointmentText, cancelled = false) => [
	`${cancelled ? 'تابع طلبك' : 'لتغيير هذا الموعد أو إلغائه (حتى 24 ساعة قبله)، افتح صفحة طلبك'}:\n${p.trackingLink}\nهذا الرابط خاص بك. لا تعطه لأحد.`,
	`هل لديك سؤال؟ اتصل بالمكتب على الرقم ${f.phone(p.relayPhone)} أو اكتب إلى ${f.ltr(p.relayEmail)}.`
];

export const familyMail: typeof fr = {
	labelled: (label: string, value: string) => `${label}: ${value}`,
	signature: (relayName: string) => `${named(relayName)}\nهذه رسالة آلية. يُرجى عدم الرد عليها.`,

	requestConfirmation: {
		subject: (reference: string) => `وصلنا طلبك لرعاية طفلك (${f.ltr(reference)})`,
		text: (p) =>
			`مرحبًا ${named(p.parentNames)}،\n\nتلقّى ${named(p.relayName)} طلبك لرعاية طفلك.\nما هو Relais Petite Enfance؟ هو مكتب عمومي مجاني. يساعد العائلات على إيجاد من يرعى أطفالهم الصغار. نسمّيه في هذه الرسالة «المكتب».\n\nرقم طلبك: ${f.ltr(p.reference)}\nاحتفظ بهذا الرقم. سيطلبه منك المكتب إذا اتصلت به.\n\nطلبك باختصار:\n${p.summary}\n\nماذا بعد؟\nسيعرض عليك المكتب موعدًا خلال ${days(p.targetDays)}، في المكتب أو بالهاتف. هذا الموعد مجاني. يستمع فيه المكتب إلى حاجتك. ويعرّفك بكل طرق رعاية الأطفال القريبة منك، وبتكلفتها، وبالمساعدات الممكنة. ويعطيك أيضًا قائمة مربيات الأطفال المعتمدات في منطقتك.\n\nتابع طلبك:\n${p.link}\n\nهذا الرابط خاص بك. لا تعطه لأحد. به يمكنك أن ترى أين وصل طلبك، وأن تصحّح معلومات الاتصال بك، وأن تلغي الطلب إذا لم تعد بحاجة إليه.\n\nهل لديك سؤال؟ اتصل بالمكتب على الرقم ${f.phone(p.relayPhone)} أو اكتب إلى ${f.ltr(p.relayEmail)}.`
	},

	trackingLink: {
		subject: (reference: string) => `رابطك الجديد لمتابعة طلبك (${f.ltr(reference)})`,
		text: (p: { parentNames: string; relayName: string; reference: string; link: string }) =>
			`مرحبًا ${named(p.parentNames)}،\n\nطلبت رابطًا جديدًا لمتابعة طلبك ${f.ltr(p.reference)} لدى ${named(p.relayName)}. هذا هو:\n\n${p.link}\n\nالرابط القديم لم يعد يعمل. هذا الرابط خاص بك. لا تعطه لأحد.\n\nإذا لم تطلب شيئًا، فتجاهل هذه الرسالة. طلبك لم يتغيّر.`
	},

	offer: {
		subject: (reference: string) => `اختر موعدك مع المكتب (${f.ltr(reference)})`,
		text: (p) =>
			[
				'مرحبًا،',
				'',
				`يعرض عليك ${named(p.relayName)} هذه المواعيد لطلبك ${f.ltr(p.reference)}:`,
				'',
				...p.slots.map(
					(slot) =>
						`- ${formatSlot(slot.startsAt, slot.endsAt)}، ${
							slot.where.kind === 'phone'
								? 'بالهاتف (يتصل بك المكتب)'
								: `في ${named(slot.where.name)}، ${f.ltr(slot.where.address)}`
						}`
				),
				'',
				`اختر واحدًا منها قبل ${f.dateTime(p.expiresAt, { weekday: true })}، في صفحة طلبك. هذه المواعيد محجوزة لك حتى ذلك الوقت:`,
				p.trackingLink,
				'هذا الرابط خاص بك. لا تعطه لأحد.',
				'',
				`لا يناسبك أي موعد؟ اتصل بالمكتب على الرقم ${f.phone(p.relayPhone)}.`,
				'',
				named(p.relayName)
			].join('\n')
	},

	appointment: {
		invitationFile: 'appointment.ics',
		invitation: {
			summary: (relayName: string, way: MeetingWay) =>
				way.kind === 'phone'
					? `موعد بالهاتف مع ${named(relayName)}`
					: `موعد في ${named(relayName)}`,
			description: (p: { reference: string; way: MeetingWay; relayPhone: string }) =>
				[
					`الطلب ${f.ltr(p.reference)}.`,
					...wayLines(p.way),
					`لا تستطيع الحضور؟ أخبر المكتب على الرقم ${f.phone(p.relayPhone)}.`
				].join('\n'),
			location: (way: MeetingWay) =>
				way.kind === 'phone'
					? `بالهاتف (اتصال على الرقم ${f.phone(way.phone)})`
					: `${named(way.placeName)}، ${f.ltr(way.address)}`
		},
		subject: {
			booked: (reference: string, startsAt: Date) =>
				`موعدك مع المكتب يوم ${formatDay(startsAt)} الساعة ${f.ltr(f.time(startsAt))} (${f.ltr(reference)})`,
			rescheduled: (reference: string, startsAt: Date) =>
				`تغيّر موعدك إلى يوم ${formatDay(startsAt)} الساعة ${f.ltr(f.time(startsAt))} (${f.ltr(reference)})`,
			cancelled: (reference: string) => `أُلغي موعدك مع المكتب (${f.ltr(reference)})`,
			reminder: (reference: string, startsAt: Date) =>
				`تذكير: موعد مع المكتب يوم ${formatDay(startsAt)} الساعة ${f.ltr(f.time(startsAt))} (${f.ltr(reference)})`
		},
		intro: {
			booked: (p: AppointmentText) =>
				`حدّد ${named(p.relayName)} موعدك لطلبك ${f.ltr(p.reference)}.`,
			rescheduled: (p: AppointmentText) =>
				`تغيّر موعد طلبك ${f.ltr(p.reference)} مع ${named(p.relayName)}. هذا هو التاريخ الجديد. التاريخ القديم لم يعد قائمًا.`,
			cancelled: (p: AppointmentText) =>
				`أُلغي موعد طلبك ${f.ltr(p.reference)} مع ${named(p.relayName)}. أما طلبك فيبقى مفتوحًا.`,
			reminder: (p: AppointmentText) =>
				`نذكّرك بموعدك مع ${named(p.relayName)} لطلبك ${f.ltr(p.reference)}.`
		},
		greeting: (parentNames: string) => `مرحبًا ${named(parentNames)}،`,
		when: (startsAt: Date, endsAt: Date) => `متى: ${formatSlot(startsAt, endsAt)}.`,
		wasWhen: (startsAt: Date, endsAt: Date) => `الموعد الملغى: ${formatSlot(startsAt, endsAt)}.`,
		wayLines,
		calendarHint: 'الدعوة المرفقة (appointment.ics) تضع هذا الموعد في تقويمك أو تحدّثه.',
		cancelHint: 'الدعوة المرفقة تحذف هذا الموعد من تقويمك.',
		contactLines
	},

	familyList: {
		subject: (reference: string) =>
			`قائمة أماكن رعاية الأطفال في منطقتك (الطلب ${f.ltr(reference)})`,
		text: (p) =>
			`مرحبًا ${named(p.parentNames)}،\n\nيرسل إليك ${named(p.relayName)} قائمة أماكن رعاية الأطفال في منطقتك لطلبك ${f.ltr(p.reference)}.\n\n${p.intro}\n\n${p.childminders}\n\n${p.otherCareIntro}\n\n${p.structures}\n\nتجد هذه القائمة أيضًا في صفحة طلبك:\n${p.link}\n\nهل لديك سؤال؟ اتصل بالمكتب على الرقم ${f.phone(p.relayPhone)}.`
	},

	followUp: {
		subject: 'هل وجدت من يرعى طفلك؟',
		text: (p) =>
			`مرحبًا ${named(p.parentNames)}،\n\nالتقيت ${named(p.relayName)} بشأن طلبك ${f.ltr(p.reference)}.\n\nهل وجدت من يرعى طفلك؟\nاضغط على جوابك:\n\nنعم، وجدنا:\n${p.links.found}\n\nلا، ما زلنا نبحث:\n${p.links.still_looking}\n\nلم نعد بحاجة إلى رعاية:\n${p.links.no_longer_needed}\n\nجوابك يساعد المكتب على مساعدتك. ويساعده أيضًا على معرفة حاجات العائلات.\n\nطلبك:\n${p.trackingLink}\n\nهذا الرابط خاص بك. لا تعطه لأحد.`
	},

	erasure: {
		subject: 'حُذفت بياناتك',
		text: [
			'مرحبًا،',
			'',
			'كما طلبت، حذف المكتب البيانات الشخصية لطلبك لرعاية طفلك. رابط متابعة الطلب لم يعد يعمل.',
			'',
			'لم يبقَ إلا أرقام لا تدلّ على أحد، لحصيلة المكتب السنوية.',
			'',
			'يمكنك دائمًا أن تقدّم طلبًا جديدًا على موقع المكتب.'
		].join('\n')
	}
};
