import type { request as fr } from '../fr/request';

/** Texts of the family's childcare request, in English: the form's messages and errors. */
export const request: typeof fr = {
	form: {
		expired:
			'This form has expired: it is kept for 24 hours. Your answers were not sent. Please start the request again.',
		rateLimited:
			'Too many requests were sent from this connection. Try again in an hour, or call the relay.',
		refused: 'The request could not be sent. If this keeps happening, call the relay.',
		tooManyDrafts:
			'Many requests were started from this connection. Try again in an hour. You can also call the relay: they can take your request by phone.',
		tooManySaves:
			'Many answers were saved from this connection. This step was not saved. Try again in an hour, or call the relay.',
		stepTooLarge:
			'This step has too much text to be saved. Please shorten your answers, then save again.'
	},
	errors: {
		parentNamesRequired: 'Enter your first name and surname (and the other parent’s, if you wish).',
		parentNamesTooLong: 'The name must be 200 characters or fewer.',
		emailRequired:
			'Enter your email address: we will send the confirmation and the tracking link there.',
		emailInvalid: 'Enter a valid email address, for example name@example.com.',
		phoneInvalid:
			'Enter a valid phone number, for example 06 12 34 56 78. For a number outside France, add the country code, for example +44 20 7946 0958.',
		phoneRequiredForPhoneMode: 'Enter a phone number: you chose an appointment by phone.',
		contactRequired: 'Enter at least an email address or a phone number.',
		modeRequired: 'Choose the type of appointment: at the relay or by phone.',
		tooLong: (max: number) => `This field must be ${max} characters or fewer.`,
		communeRequired: 'Enter your town or its postcode.',
		communeNotServed:
			'The relays on this website do not cover this town. To find the relay for your town, ask your town hall (mairie) or go to the website monenfant.fr.',
		communeAmbiguous: 'Several towns match: choose yours from the list.',
		communeUnknown: 'We cannot find this town. Check the spelling, or type its postcode.',
		communeUnknownSuggestions:
			'We cannot find this town. Check the spelling, or choose it from the list just below.',
		workCommuneUnknown: 'We cannot find this town. Check the spelling, or leave this field empty.',
		workCommuneUnknownSuggestions:
			'We cannot find this town. Choose it from the list just below, check the spelling, or leave this field empty.',
		childrenRequired: 'Enter at least one child.',
		childrenTooMany: 'A request can be for 4 children at most. For more, contact the relay.',
		childStatusRequired: 'Say if the child is already born or expected.',
		dateRequired: 'Enter a full date, for example 15/03/2026.',
		dateInvalid: 'This date does not exist. Enter a date as day/month/year.',
		birthDateInFuture:
			'The date of birth cannot be in the future. If the child is not born yet, choose “expected”.',
		birthDateTooOld: 'The child must be under 12 years old.',
		expectedDateInPast:
			'The expected date of birth must be today or later. If the child is born, choose “already born”.',
		expectedDateTooFar: 'The expected date of birth must be within the next 10 months.',
		startRequired: 'Enter the date when childcare should start.',
		startInPast: 'The start date cannot be in the past.',
		startTooFar: 'The start date must be within the next 3 years.',
		latestBeforeStart: 'The latest date must be on or after the start date you want.',
		latestInPast: 'The latest start date cannot be in the past.',
		latestTooFar: 'The latest start date must be within the next 3 years.',
		regularityRequired: 'Say if childcare is regular or occasional.',
		timeInvalid: 'Enter a time like 08:30.',
		timeMissingEnd: 'Enter the end time too.',
		timeMissingStart: 'Enter the start time too.',
		endBeforeStart:
			'The end time must be after the start time. For care overnight, tick “until the next day”.',
		scheduleRequired: 'Enter the times for at least one day, or tick “hours vary”.',
		choiceInvalid: 'Choose one of the options offered.',
		careKindsRequired: 'Choose at least one type of childcare, or “no preference”.',
		commentTooLong: 'The comment must be 2,000 characters or fewer.',
		consentRequired:
			'To send the request, tick the box after reading the information about your data.'
	}
};
