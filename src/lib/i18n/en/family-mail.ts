/**
 * The family's mails and calendar invitations in English (British): the shape of
 * `fr/family-mail.ts`, key for key. Dates and times through `formatsFor('en')`, in Paris time.
 */
import { formatsFor } from '$lib/format/locale-formats';
import type { AppointmentText, familyMail as fr, MeetingWay } from '../fr/family-mail';

const f = formatsFor('en');

/** "Monday 7 December 2026", in Paris. */
const formatDay = (at: Date) => f.date(at, { weekday: true });

/** "Monday 7 December 2026, 14:00 – 14:45". */
export const formatSlot = (startsAt: Date, endsAt: Date) =>
	`${formatDay(startsAt)}, ${f.timeRange(startsAt, endsAt)}`;

const wayLines = (way: MeetingWay): string[] =>
	way.kind === 'phone'
		? [
				`Appointment by phone: ${way.callerName}, from the Relais, will call you on ${f.phone(way.phone)}.`,
				'Please be ready to answer this number at the time of the appointment.'
			]
		: [
				`Appointment at the Relais: ${way.placeName}, ${way.address}.`,
				...(way.accessNotes.trim() ? [`How to get in: ${way.accessNotes.trim()}`] : [])
			];

const contactLines = (p: AppointmentText, cancelled = false) => [
	`${cancelled ? 'Follow your request' : 'To change or cancel this appointment (up to 24 hours before), open the page of your request'}:\n${p.trackingLink}\nThis link is only for you. Do not share it.`,
	`Any questions? Call the Relais on ${f.phone(p.relayPhone)} or write to ${p.relayEmail}.`
];

export const familyMail: typeof fr = {
	labelled: (label: string, value: string) => `${label}: ${value}`,
	signature: (relayName: string) =>
		`${relayName}\nThis message was sent automatically. Please do not reply to it.`,

	requestConfirmation: {
		subject: (reference: string) => `We have received your childcare request (${reference})`,
		text: (p) =>
			`Hello ${p.parentNames},\n\n${p.relayName} has received your childcare request. A Relais Petite Enfance is a free public service. It helps families find care for their young children.\n\nYour request number: ${p.reference}\nKeep this number. The Relais will ask for it if you call.\n\nYour request in short:\n${p.summary}\n\nWhat happens next?\nThe Relais will offer you an appointment within ${f.count(p.targetDays)} days, at the Relais or by phone. This appointment is free. The Relais will listen to what you need. It will tell you about all the kinds of childcare near you, what they cost and the help you can get. It will also give you the list of registered childminders in your area.\n\nFollow your request:\n${p.link}\n\nThis link is only for you. Do not share it. With it, you can see where your request stands, correct your contact details, or cancel the request if you no longer need it.\n\nAny questions? Call the Relais on ${f.phone(p.relayPhone)} or write to ${p.relayEmail}.`
	},

	trackingLink: {
		subject: (reference: string) => `Your new link to follow your request (${reference})`,
		text: (p: { parentNames: string; relayName: string; reference: string; link: string }) =>
			`Hello ${p.parentNames},\n\nYou asked for a new link to follow your request ${p.reference} with ${p.relayName}. Here it is:\n\n${p.link}\n\nThe old link no longer works. This link is only for you. Do not share it.\n\nIf you did not ask for it, you can ignore this message. Your request has not changed.`
	},

	offer: {
		subject: (reference: string) => `Choose your appointment with the Relais (${reference})`,
		text: (p) =>
			[
				'Hello,',
				'',
				`${p.relayName} offers you these appointments for your request ${p.reference}:`,
				'',
				...p.slots.map(
					(slot) =>
						`- ${formatSlot(slot.startsAt, slot.endsAt)}, ${
							slot.where.kind === 'phone'
								? 'by phone (the Relais calls you)'
								: `at ${slot.where.name}, ${slot.where.address}`
						}`
				),
				'',
				`Please choose one before ${f.dateTime(p.expiresAt, { weekday: true })}, on the page of your request. These times are kept for you until then:`,
				p.trackingLink,
				'This link is only for you. Do not share it.',
				'',
				`None of these times suits you? Call the Relais on ${f.phone(p.relayPhone)}.`,
				'',
				p.relayName
			].join('\n')
	},

	appointment: {
		invitationFile: 'appointment.ics',
		invitation: {
			summary: (relayName: string, way: MeetingWay) =>
				way.kind === 'phone'
					? `Phone appointment with ${relayName}`
					: `Appointment at ${relayName}`,
			description: (p: { reference: string; way: MeetingWay; relayPhone: string }) =>
				[
					`Request ${p.reference}.`,
					...wayLines(p.way),
					`Cannot come? Please tell the Relais on ${f.phone(p.relayPhone)}.`
				].join('\n'),
			location: (way: MeetingWay) =>
				way.kind === 'phone'
					? `By phone (call to ${f.phone(way.phone)})`
					: `${way.placeName}, ${way.address}`
		},
		subject: {
			booked: (reference: string, startsAt: Date) =>
				`Your appointment with the Relais on ${formatDay(startsAt)} at ${f.time(startsAt)} (${reference})`,
			rescheduled: (reference: string, startsAt: Date) =>
				`Your appointment has moved to ${formatDay(startsAt)} at ${f.time(startsAt)} (${reference})`,
			cancelled: (reference: string) =>
				`Your appointment with the Relais is cancelled (${reference})`,
			reminder: (reference: string, startsAt: Date) =>
				`Reminder: appointment with the Relais on ${formatDay(startsAt)} at ${f.time(startsAt)} (${reference})`
		},
		intro: {
			booked: (p: AppointmentText) =>
				`${p.relayName} has booked your appointment for your request ${p.reference}.`,
			rescheduled: (p: AppointmentText) =>
				`The appointment for your request ${p.reference} with ${p.relayName} has changed. Here is the new date. The old date no longer stands.`,
			cancelled: (p: AppointmentText) =>
				`The appointment for your request ${p.reference} with ${p.relayName} is cancelled. Your request stays open.`,
			reminder: (p: AppointmentText) =>
				`This is a reminder of your appointment with ${p.relayName} for your request ${p.reference}.`
		},
		greeting: (parentNames: string) => `Hello ${parentNames},`,
		when: (startsAt: Date, endsAt: Date) => `When: ${formatSlot(startsAt, endsAt)}.`,
		wasWhen: (startsAt: Date, endsAt: Date) =>
			`Cancelled appointment: ${formatSlot(startsAt, endsAt)}.`,
		wayLines,
		calendarHint:
			'The attached invitation (appointment.ics) adds this appointment to your calendar, or updates it.',
		cancelHint: 'The attached invitation removes this appointment from your calendar.',
		contactLines
	},

	familyList: {
		subject: (reference: string) => `The list of childcare in your area (request ${reference})`,
		text: (p) =>
			`Hello ${p.parentNames},\n\n${p.relayName} sends you the list of childcare in your area for your request ${p.reference}.\n\n${p.intro}\n\n${p.childminders}\n\n${p.otherCareIntro}\n\n${p.structures}\n\nYou can also find this list on the page of your request:\n${p.link}\n\nAny questions? Call the Relais on ${f.phone(p.relayPhone)}.`
	},

	followUp: {
		subject: 'Have you found childcare?',
		text: (p) =>
			`Hello ${p.parentNames},\n\nYou met ${p.relayName} about your request ${p.reference}.\n\nHave you found childcare for your child?\nClick on your answer:\n\nYes, we have found childcare:\n${p.links.found}\n\nNo, we are still looking:\n${p.links.still_looking}\n\nWe no longer need childcare:\n${p.links.no_longer_needed}\n\nYour answer helps the Relais to help you. It also helps the Relais to know what families need.\n\nYour request:\n${p.trackingLink}\n\nThis link is only for you. Do not share it.`
	},

	erasure: {
		subject: 'Your data have been deleted',
		text: [
			'Hello,',
			'',
			'As you asked, the Relais has deleted the personal data of your childcare request. The link to follow your request no longer works.',
			'',
			'Only anonymous figures are left, for the Relais’s yearly report.',
			'',
			'You can still make a new request on the Relais’s website.'
		].join('\n')
	}
};
