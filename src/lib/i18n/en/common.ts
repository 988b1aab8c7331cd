import type { common as fr } from '../fr/common';

export const common: typeof fr = {
	appName: 'Guichet',
	appTagline: 'Relais Petite Enfance: one service for the care of young children',
	skipToContent: 'Skip to content',
	mainNavigation: 'Main navigation',
	brandHomeHidden: '(home)',
	pageTitle: (title: string) => `${title} — Guichet`,
	nav: {
		home: 'Home',
		staffArea: 'Staff area (in French)'
	},
	languages: 'Language',
	errorSummaryTitle: (count: number) =>
		count === 1 ? 'There is a problem in the form:' : `There are ${count} problems in the form:`,
	optional: '(optional)',
	required: '(required)',
	requiredNotice: 'All fields are required, except those marked “optional”.',
	errorPrefix: 'Error:',
	charactersLeft: (left: number, max: number) =>
		left === 1
			? `You have 1 character left out of ${max}.`
			: `You have ${left} characters left out of ${max}.`,
	alert: {
		info: 'Please note:',
		success: 'Success:',
		warning: 'Warning:',
		error: 'Error:'
	},
	error: {
		title: 'Something went wrong',
		notFoundTitle: 'Page not found',
		notFound: 'This page does not exist or is no longer available.',
		forbiddenTitle: 'Access not allowed',
		forbidden: 'Your account cannot open this page.',
		tooManyTitle: 'Too many attempts',
		unavailableTitle: 'Service not available for a moment',
		unavailable: 'The service is not available for a moment. Try again in a few seconds.',
		badRequest: 'We could not understand this address. Go back to the home page and try again.',
		badForm: 'We could not read the form you sent. Reload the page and send it again.',
		tooLarge: 'The form you sent is too long. Make your texts shorter and send it again.',
		unsupportedForm:
			'This address expects a form from the page. Reload the page and send it again.',
		unexpected: 'An unexpected error stops us from showing this page. Try again in a moment.',
		reference: 'If the problem continues, give this number to the relay:',
		backHome: 'Go back to the home page'
	},
	footer: {
		service:
			'This public service is free. It is paid for by the Family Allowance Fund (Caf) and by the local councils.',
		accessibility: 'Accessibility: this website partly follows the accessibility rules (RGAA).'
	}
};
