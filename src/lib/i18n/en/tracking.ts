import type { tracking as fr } from '../fr/tracking';

/** Texts of the family's tracking page (`/suivi/<token>`), the lost-link page and the summary. */
export const tracking: typeof fr = {
	title: 'Your request',
	lead: (reference: string, receivedOn: string) =>
		`Request ${reference}, received on ${receivedOn}.`,
	privateNotice:
		'This page is private: anyone with its address can open it. Do not share it. If you have lost the link, you can ask for a new one.',
	status: {
		title: 'Where is your request?',
		now: {
			received:
				'We have received your request. The Relais Petite Enfance (the local childcare advice service) will offer you an appointment, at the Relais or by phone.',
			in_progress:
				'The Relais Petite Enfance (the local childcare advice service) is working on your request. It will offer you an appointment, at the Relais or by phone.',
			appointment_booked: 'Your appointment with the Relais is booked.',
			appointment_held: 'You have met the Relais. Please tell the Relais when you find childcare.',
			solution_recorded: 'You have found childcare. Your request is closed.',
			closed_without_solution: 'Your request is closed.',
			cancelled_by_family: 'You cancelled your request. It is closed.',
			closed_by_relay: 'The Relais has closed your request.'
		},
		timelineTitle: 'The steps',
		steps: {
			received: 'Request received',
			appointment_proposed: 'Appointment offered',
			appointment_booked: 'Appointment booked',
			list_given: 'List of childminders given',
			solution_recorded: 'Childcare found',
			closed: 'Request closed'
		},
		done: 'Done',
		doneOn: (date: string) => `on ${date}`,
		notYet: 'Not yet',
		skipped: 'Not needed'
	},
	summary: {
		title: 'Your request',
		child: 'Child',
		children: 'Children',
		childLine: (position: number, description: string) => `Child ${position}: ${description}`,
		labelled: (label: string, value: string) => `${label}: ${value}`,
		listLabel: (label: string) => `${label}:`,
		born: (date: string, age: string) => `${age} (born on ${date})`,
		expected: (date: string) => `due on ${date}`,
		age: (months: number) => {
			if (months < 1) return 'less than a month';
			if (months < 24) return months === 1 ? '1 month' : `${months} months`;
			const years = Math.floor(months / 12);
			const rest = months % 12;
			const monthWords = rest === 1 ? '1 month' : `${rest} months`;
			return rest === 0 ? `${years} years` : `${years} years and ${monthWords}`;
		},
		residence: 'Town where you live',
		work: 'Town where you work',
		desiredStart: 'Wished start',
		latestStart: 'Latest start',
		regularity: 'Childcare',
		regularities: { regular: 'regular', occasional: 'now and then' },
		schedule: 'Hours',
		variableHours: 'hours change from week to week',
		day: (day: string, start: string, end: string, overnight: boolean) =>
			`${day}: ${start} – ${end}${overnight ? ' (until the next morning)' : ''}`,
		days: {
			mon: 'Monday',
			tue: 'Tuesday',
			wed: 'Wednesday',
			thu: 'Thursday',
			fri: 'Friday',
			sat: 'Saturday',
			sun: 'Sunday'
		},
		atypical: 'Unusual hours',
		atypicalNone: 'none',
		atypicalFlags: {
			early: 'before 7:00',
			late: 'after 19:00',
			saturday: 'on Saturdays',
			sunday: 'on Sundays',
			night: 'at night'
		},
		periscolaire: 'Care around school hours',
		periscolaireNeeds: {
			before_school: 'before school',
			after_school: 'after school',
			wednesday: 'on Wednesdays',
			school_holidays: 'during school holidays'
		},
		careKinds: 'Types of childcare you would like',
		careKindLabels: {
			childminder_home: 'a childminder, at the childminder’s home',
			mam: 'a childminders’ house (MAM)',
			creche: 'a nursery (crèche)',
			micro_creche: 'a small nursery (micro-crèche)',
			creche_familiale: 'a childminder linked to a nursery (crèche familiale)',
			home_carer: 'a carer at your home',
			shared_home_carer: 'a carer shared by two families',
			no_preference: 'no preference'
		},
		appointmentMode: 'Appointment',
		appointmentModes: { relay: 'at the Relais', phone: 'by phone' }
	},
	contact: {
		title: 'Your contact details',
		intro:
			'Change your contact details here if they are not right any more. The Relais will use the new ones to reach you.',
		parentNames: 'Full name of the parent or parents',
		email: 'Email address',
		emailHint: 'For example: name@example.com',
		phone: 'Phone',
		phoneHint: 'For example: 06 12 34 56 78',
		appointmentMode: 'For the appointment, you would like to',
		appointmentModes: { relay: 'Come to the Relais', phone: 'Get a phone call' },
		contactTimes: 'Best times to reach you',
		contactTimesHint: 'For example: weekdays after 17:00',
		homeLanguage: 'Language spoken at home',
		submit: 'Save my contact details',
		saved: 'Your contact details are saved.',
		closed: 'This request is closed. You cannot change its contact details any more.'
	},
	cancel: {
		title: 'Cancel your request',
		intro:
			'If you do not need the Relais’s help any more, cancel your request. The Relais will then know it does not need to contact you. You can always make a new request later.',
		reason: 'Why are you cancelling your request?',
		reasons: {
			found_elsewhere: 'I found childcare myself',
			no_longer_needed: 'I do not need childcare any more',
			other: 'Another reason',
			erasure: 'The family asked for its data to be erased'
		},
		reasonRequired: 'Choose why you are cancelling.',
		details: 'More details',
		detailsHint: 'What you would like to tell the Relais.',
		detailsMax: 1000,
		detailsTooLong: 'Write 1,000 characters or fewer.',
		submit: 'Cancel my request',
		done: 'Your request is cancelled. Thank you for telling the Relais.',
		refused: 'This request is already closed. It cannot be cancelled.'
	},
	closedNotice: 'This request is closed. If you need childcare again, make a new request.',
	relay: {
		title: 'Any questions?',
		text: (relayName: string) => `Contact ${relayName}`,
		phone: 'by phone on',
		email: 'or by email at'
	},
	newLink: {
		title: 'Lost your link?',
		lead: 'Enter the email address you gave in your request. We will send you a new tracking link for each open request. The old link will stop working.',
		email: 'Email address',
		emailHint: 'For example: name@example.com',
		emailRequired: 'Enter your email address.',
		submit: 'Get a new link',
		sent: 'If an open request has this email address, we have just sent a new tracking link to it. Look in your spam folder too. If you get nothing, contact the Relais of your town.',
		rateLimited:
			'Too many link requests in a short time. To protect families, wait one hour before you try again, or contact the Relais of your town.'
	}
};
