import type { requestForm as fr } from '../fr/request-form';

/**
 * The pages of the family's online request, in plain British English: the start page, the
 * five steps, the summary and the confirmation. French names of services stay, explained on
 * first use (Relais Petite Enfance, Caf, CNIL, MAM).
 */
const days = {
	mon: 'Monday',
	tue: 'Tuesday',
	wed: 'Wednesday',
	thu: 'Thursday',
	fri: 'Friday',
	sat: 'Saturday',
	sun: 'Sunday'
};

export const requestForm: typeof fr = {
	start: {
		documentTitle: 'Ask for childcare',
		title: 'Ask for childcare for your child',
		lead: 'Fill in this form. The Relais Petite Enfance (the local childcare service, called “the relay” below) then offers you an appointment. Together, you look for childcare for your child.',
		facts: {
			title: 'Good to know',
			items: [
				'It takes about 5 minutes.',
				'You do not need to create an account.',
				'It is free.',
				'You can ask before your baby is born.',
				'Nothing is sent before the last step.',
				'Your answers are kept for 24 hours, so you have time to fill in the form.'
			]
		},
		asked: {
			title: 'What we will ask you',
			items: [
				'Your contact details: your name, your email address and your phone number.',
				'Your town.',
				'Your children: the date of birth, or the expected date if the baby is not born yet.',
				'Your needs: from when, which days and at what times.',
				'Last, a summary to check before you send it.'
			]
		},
		needed: {
			title: 'What you need',
			items: [
				'An email address: you will get the confirmation there, and a link to follow your request.',
				'The date of birth of each child, or the expected date.',
				'Your working hours, if you know them.'
			]
		},
		otherWays: {
			title: 'Would you rather talk to someone?',
			text: 'You can also call the relay or go to the relay. A member of staff fills in the request with you.'
		},
		submit: 'Start my request'
	},

	steps: {
		contact: { title: 'Your contact details', short: 'Contact' },
		commune: { title: 'Your town', short: 'Town' },
		children: { title: 'Your children', short: 'Children' },
		need: { title: 'Your childcare needs', short: 'Needs' },
		send: { title: 'Check and send', short: 'Send' }
	},
	documentTitle: (title: string, number: number, count: number) =>
		`${title} (step ${number} of ${count}) — Childcare request`,
	progress: {
		count: (number: number, count: number) => `Step ${number} of ${count}`,
		label: 'The steps of the request',
		state: { done: '(done)', current: '(current step)', upcoming: '(to come)' }
	},
	actions: {
		next: 'Continue',
		back: 'Back',
		send: 'Send my request'
	},
	verify:
		'An answer on this step is no longer valid (for example, a date has passed). Correct it, then continue.',
	connectionLost:
		'The connection was lost: this step was not saved. Your answers are still here. Try again in a moment.',
	expired: {
		documentTitle: 'Form expired',
		title: 'This form is no longer available',
		text: 'It may have been sent already. Or it has expired: answers are kept for 24 hours. Did you not get a confirmation? Then your request was not sent.',
		restart: 'Start my request again'
	},

	contact: {
		intro:
			'The relay uses this information to call you or write to you, and to give you an appointment.',
		parentNames: 'Your first name and surname',
		parentNamesHint:
			'So that we know who is asking. You can add the other parent’s name. For example: Awa Diallo and Karim Benali.',
		email: 'Email address',
		emailHint:
			'To send you the confirmation, the appointment and a link to follow your request. For example: name@example.com',
		appointmentMode: 'For the appointment with the relay, you would rather:',
		appointmentModes: {
			relay: {
				label: 'At the relay',
				hint: 'You meet a member of the relay’s staff.'
			},
			phone: { label: 'By phone', hint: 'The relay calls you.' }
		},
		phone: 'Phone',
		phoneHint:
			'To call you back and give you the appointment. Required if you choose an appointment by phone. For example: 06 12 34 56 78',
		contactTimes: 'When would you like to be called?',
		contactTimesHint:
			'So that we call you at a good time. For example: in the morning, or on weekdays after 5 pm.',
		homeLanguage: 'Language spoken at home',
		homeLanguageHint: 'To prepare the appointment with you. For example: Arabic, English, Wolof.'
	},

	commune: {
		intro: 'The relay of your town will deal with your request.',
		residence: 'Your town',
		residenceHint:
			'To find your relay and childcare near your home. Type the name of the town or its postcode. For example: Bruz, or 35170. Suggestions appear as you type.',
		ambiguous: 'Several towns have this name or postcode. Which one is yours?',
		ambiguousWork: 'Several towns have this name or postcode. Which one do you work in?',
		option: (name: string, postalCodes: string[]) => `${name} (${postalCodes.join(', ')})`,
		work: 'Town where you work',
		workHint:
			'If it is not your home town. The relay can then also look for childcare near your work.',
		suggestions: 'Did you mean:',
		suggestionsWork: 'Did you mean, for the town where you work:',
		elsewhere: {
			linkIntro: 'You can also look for the relay of your town on',
			link: 'monenfant.fr, the website of the Caf (Caisse d’allocations familiales, the family benefits office) about childcare',
			href: 'https://monenfant.fr'
		}
	},

	children: {
		intro:
			'Add each child who needs childcare, even if the child is not born yet. A request can be for up to 4 children.',
		child: (n: number) => `Child ${n}`,
		errorOf: (n: number, message: string) => `Child ${n}: ${message}`,
		status: 'The child is:',
		statuses: { born: 'Already born', expected: 'Expected (not born yet)' },
		date: {
			unknown: 'Date of birth, or expected date',
			born: 'Date of birth',
			expected: 'Expected date of birth'
		},
		dateHint:
			'To look for a place for your child’s age. Day, month, year. For example: 15/03/2026.',
		support: 'Does the child have a disability, an illness or a special need for support?',
		supportHint:
			'You do not have to answer. We ask so that we can find a place that can welcome your child well. Only the relay’s team will see your answer. You can talk about it at the appointment.',
		supports: { yes: 'Yes', no: 'No', unsaid: 'I would rather not say' },
		add: 'Add a child',
		remove: 'Remove the last child',
		maxReached:
			'You have entered 4 children: this is the most for one request. For more children, talk to the relay at the appointment.'
	},

	need: {
		intro:
			'Tell us when your child needs childcare. You do not know everything yet? Give an idea: you will talk about it at the appointment.',
		desiredStart: 'From when do you need childcare?',
		desiredStartHint:
			'To look for a free place on that date. Day, month, year. For example: 01/09/2026.',
		latestStart: 'Latest start date',
		latestStartHint:
			'If childcare must have started before a certain date. For example: the end of your parental leave.',
		regularity: 'Childcare is:',
		regularities: {
			regular: {
				label: 'Regular',
				hint: 'The same days every week, for example while you work.'
			},
			occasional: {
				label: 'Occasional',
				hint: 'From time to time, a few hours or a few days.'
			}
		},
		schedule: {
			title: 'Days and times',
			intro:
				'To find childcare that is open at the right times. For each day of childcare, enter the start time and the end time. Leave the other days empty.',
			days,
			start: 'Start',
			end: 'End',
			overnight: 'Until the next day',
			errorOf: (day: string, message: string) => `${day}: ${message}`
		},
		variableHours: 'My hours vary from week to week',
		variableHoursHint:
			'Tick this if you cannot give fixed hours. You can still fill in a usual week.',
		atypical: {
			explanation:
				'Early in the morning, late in the evening, at night or at the weekend: these are “atypical hours”. The relay will take them into account.',
			found: (flags: string[]) => `Atypical hours found: ${flags.join(', ')}.`,
			none: 'No atypical hours found for now.',
			list: (flags: string[]) => flags.join(', '),
			flags: {
				early: 'before 7 am',
				late: 'after 7 pm',
				saturday: 'Saturday',
				sunday: 'Sunday',
				night: 'night'
			}
		},
		periscolaire: 'Care before or after school (for a child who goes to school)',
		periscolaireHint:
			'In France this is called “périscolaire”. Tick nothing if your child does not go to school yet.',
		periscolaireNeeds: {
			before_school: 'Before school',
			after_school: 'After school',
			wednesday: 'On Wednesdays',
			school_holidays: 'During the school holidays'
		},
		careKinds: 'Which types of childcare interest you?',
		careKindsHint:
			'Tick all that interest you. At the appointment, the relay will present every type of childcare to you. You do not know? Tick “No preference”.',
		careKindOptions: {
			childminder_home: {
				label: 'Childminder, at the childminder’s home',
				hint: 'A professional approved by the Département (the local council) looks after your child in their own home.'
			},
			mam: {
				label: 'Childminders’ house (MAM, maison d’assistants maternels)',
				hint: 'Several childminders look after children together, in one place.'
			},
			creche: {
				label: 'Nursery (crèche or multi-accueil)',
				hint: 'A team of professionals looks after a group of children.'
			},
			micro_creche: {
				label: 'Small nursery (micro-crèche)',
				hint: 'A small nursery, for 12 children at most.'
			},
			creche_familiale: {
				label: 'Family nursery (crèche familiale)',
				hint: 'Childminders employed by a nursery look after children in their own homes. The children also meet in a group.'
			},
			home_carer: {
				label: 'Nanny at your home',
				hint: 'A person looks after your child in your home.'
			},
			shared_home_carer: {
				label: 'Shared nanny',
				hint: 'A person looks after the children of two families, in one home or the other.'
			},
			no_preference: {
				label: 'No preference',
				hint: 'You want to know the options first.'
			}
		}
	},

	send: {
		intro: 'Check your answers. You can change each part before you send.',
		edit: 'Change',
		editHidden: (part: string) => `: ${part.toLowerCase()}`,
		invalidStep: {
			title: 'Part of your request needs checking',
			text: 'An answer is missing or is no longer valid (for example, a date has passed).',
			link: (title: string) => `Check the step “${title}”`
		},
		summary: {
			notGiven: 'Not given',
			parentNames: 'Name',
			email: 'Email address',
			phone: 'Phone',
			appointmentMode: 'Appointment',
			appointmentModes: { relay: 'at the relay', phone: 'by phone' },
			contactTimes: 'When to call you',
			homeLanguage: 'Language spoken at home',
			residence: 'Town',
			work: 'Town of work',
			born: (date: string) => `Born on ${date}`,
			expected: (date: string) => `Expected on ${date}`,
			support: (answer: string) => `Disability or special need: ${answer}`,
			supports: { yes: 'yes', no: 'no', unsaid: 'you would rather not say' },
			desiredStart: 'Start wanted',
			latestStart: 'At the latest on',
			regularity: 'Childcare',
			regularities: { regular: 'regular', occasional: 'occasional' },
			schedule: 'Days and times',
			day: (day: string, start: string, end: string, overnight: boolean) =>
				`${day}: from ${start} to ${end}${overnight ? ' (the next day)' : ''}`,
			noDay: 'No day given',
			variableHours: 'Hours vary from week to week',
			atypical: 'Atypical hours',
			atypicalNone: 'none',
			periscolaire: 'Care before or after school',
			careKinds: 'Types of childcare that interest you'
		},
		comment: 'Do you want to tell the relay anything else?',
		commentHint: 'For example: a special situation, a question. Do not write medical information.',
		notice: {
			title: 'Your personal data',
			purposeTitle: 'Why this information?',
			purpose:
				'The relay uses your answers for two things: to arrange an appointment with you, and to help you find childcare.',
			whoTitle: 'Who sees it?',
			who: [
				'Only the team of the relay of your town sees your request.',
				'The answer about your child’s disability or special need is optional. Only the relay’s team sees it, too.',
				'Local elected officials only see anonymous figures, for example the number of requests each month. They never see your name or your request.'
			],
			retentionTitle: 'For how long?',
			retention:
				'Your request is deleted 2 years after it is closed. The relay only keeps anonymous figures.',
			rightsTitle: 'Your rights',
			rights:
				'You can ask to see your data, to correct it or to delete it. You can also refuse its use. To do this, contact the relay.',
			cnil: 'Do you think your rights are not respected? You can contact the CNIL, the French data protection authority (Commission nationale de l’informatique et des libertés):',
			cnilLink: 'cnil.fr',
			cnilHref: 'https://www.cnil.fr'
		},
		consent:
			'I have read this information and I agree that the relay uses this data to deal with my request',
		consentByStaff:
			'I have read this information to the family, who agree that the relay uses this data to deal with their request',
		honeypot: 'Do not fill in this field'
	},

	sent: {
		documentTitle: 'Request sent',
		title: 'Your request has been sent',
		lead: (relayName: string) => `The ${relayName} has received your request.`,
		reference: 'Your request number',
		referenceHint: 'Write it down: the relay will ask for it if you call.',
		spelled: (parts: string[]) => `To say it on the phone: ${parts.join(', dash, ')}.`,
		next: {
			title: 'What happens next?',
			appointment: (days: number) =>
				`The relay offers you an appointment within ${days} ${days === 1 ? 'day' : 'days'}, at the relay or by phone.`,
			meeting:
				'At the appointment, the relay presents the types of childcare near your home. It gives you the list of childminders.',
			email:
				'We have sent you an email. It has a summary of your request and a personal link to follow it. Keep this email. Cannot find it? Look in your junk mail (spam).',
			noEmail: 'The relay will contact you by phone.'
		},
		question: {
			title: 'A question?',
			text: (relayName: string) => `Call the ${relayName} on`
		},
		backHome: 'Back to the home page'
	}
};
