import type { appointments as fr } from '../fr/appointments';
import { formatsFor } from '$lib/format/locale-formats';

/**
 * Texts of appointments that a family reads: the appointment part of its tracking page (see
 * the French module).
 */

const f = formatsFor('ar');
const on = (when: Date) => f.dateTime(when, { weekday: true });

const way = (p: { kind: 'place' | 'phone'; placeName: string | null }) =>
	p.kind === 'phone' ? 'بالهاتف' : `في المركز (${p.placeName ?? 'مكان الاستقبال'})`;
const times = (startsAt: Date, endsAt: Date) => `من ${f.time(startsAt)} إلى ${f.time(endsAt)}`;

export const appointments: typeof fr = {
	family: {
		title: 'موعدكم مع المركز',
		slotLine: (p) =>
			`${f.date(p.startsAt, { weekday: true })}، ${times(p.startsAt, p.endsAt)}، ${way(p)}`,
		offered: {
			title: 'اختاروا موعدكم',
			legend: 'الأوقات التي يقترحها عليكم المركز',
			hint: (until: Date) => `هذه الأوقات محجوزة لكم حتى ${on(until)}.`,
			submit: 'اختيار هذا الوقت',
			done: 'تم حجز موعدكم. ستصلكم رسالة إلكترونية فيها دعوة لإضافتها إلى مفكرتكم.'
		},
		booked: {
			when: (line: string) => `الموعد: ${line}.`,
			phone: (phone: string | null) =>
				phone ? `سيتصل بكم المركز على الرقم ${f.phone(phone)}.` : 'سيتصل بكم المركز.',
			place: (name: string, address: string) => `العنوان: ${name}، ${address}.`,
			access: (notes: string) => `كيف تصلون: ${notes}`,
			tooLate: (relayPhone: string) =>
				`موعدكم بعد أقل من 24 ساعة. لتغييره، اتصلوا بالمركز على الرقم ${f.phone(relayPhone)}.`,
			moveTitle: 'تغيير وقت الموعد',
			moveLegend: 'الوقت الجديد',
			moveHint: 'يمكنكم ذلك حتى 24 ساعة قبل الموعد.',
			moveDay: (day: string) => f.date(day, { weekday: true, year: false }),
			timeLine: (p) => `${times(p.startsAt, p.endsAt)}، ${way(p)}`,
			noFreeSlot: (relayPhone: string) =>
				`لا يوجد وقت آخر متاح حاليًا. اتصلوا بالمركز على الرقم ${f.phone(relayPhone)}.`,
			move: 'تغيير وقت الموعد',
			cancelTitle: 'إلغاء الموعد',
			cancelText: 'يبقى طلبكم مفتوحًا. سيقترح عليكم المركز موعدًا آخر.',
			cancel: 'إلغاء هذا الموعد',
			moved: 'تم تغيير وقت موعدكم. ستصلكم رسالة إلكترونية فيها الدعوة الجديدة.',
			cancelled: 'تم إلغاء موعدكم. ستصلكم رسالة إلكترونية للتأكيد.'
		},
		errors: {
			slotRequired: 'اختاروا وقتًا.'
		},
		refusal: {
			not_found: 'لم نجد هذا الموعد أو هذا الطلب.',
			not_open: 'هذا الطلب مغلق. لا يمكنكم حجز موعد بعد الآن.',
			no_longer_offered: 'هذا الوقت لم يعد مقترحًا. اختاره شخص آخر، أو انتهت مدة 48 ساعة.',
			not_booked: 'هذا الموعد لم يعد مبرمجًا. أُلغي، أو تم من قبل.',
			too_late:
				'موعدكم بعد أقل من 24 ساعة. لا يمكنكم تغييره أو إلغاؤه عبر الإنترنت. اتصلوا بالمركز.',
			not_started: 'الموعد لم يبدأ بعد.',
			slot_taken: 'حجز شخص آخر هذا الوقت الآن. اختاروا وقتًا آخر.',
			invalid_range: 'هذا الوقت لم يعد ممكنًا. اختاروا وقتًا آخر.',
			in_the_past: 'هذا الوقت قد مضى. اختاروا وقتًا آخر.',
			animator_not_found: 'هذا الوقت لم يعد ممكنًا. اختاروا وقتًا آخر.',
			outside_opening_hours: 'هذا الوقت لم يعد ممكنًا. اختاروا وقتًا آخر.',
			place_required: 'هذا الوقت لم يعد ممكنًا. اختاروا وقتًا آخر.',
			place_not_found: 'مكان الموعد هذا لم يعد موجودًا. اختاروا وقتًا آخر.',
			phone_required: 'رقم هاتفكم غير موجود. أضيفوه إلى معلومات الاتصال، ثم اختاروا من جديد.'
		}
	}
};
