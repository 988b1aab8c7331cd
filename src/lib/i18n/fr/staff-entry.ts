/** An animator enters a family's request taken by phone, at the desk or from monenfant.fr. */
export const staffEntry = {
	title: 'Saisir une demande pour une famille',
	lead: 'Pour une famille qui appelle ou vient au relais, ou dont la demande arrive de monenfant.fr : vous remplissez les mêmes étapes que le formulaire en ligne. Si la famille donne une adresse électronique, elle reçoit la même confirmation avec son lien de suivi.',
	channel: 'Comment la demande est-elle arrivée au relais ?',
	phone: 'Par téléphone',
	desk: 'À l’accueil du relais',
	monenfant: 'Par monenfant.fr',
	monenfantHint:
		'Le site de la Caf a transmis au relais une demande faite en ligne par la famille.',
	arrivedOn: 'Date de la demande sur monenfant.fr',
	arrivedOnHint:
		'Seulement pour une demande transmise par monenfant.fr : la date à laquelle la famille l’a faite, indiquée par monenfant.fr. Le délai de 7 jours pour le premier rendez-vous compte à partir de cette date. Jour, mois, année. Par exemple : 20/11/2026.',
	locale: 'Langue de la famille',
	localeHint:
		'Les courriels, le lien de suivi et les rendez-vous envoyés à la famille seront dans cette langue. Vous remplissez la demande en français.',
	localeInvalid: 'Choisissez une des langues proposées.',
	channelRequired: 'Indiquez si la demande arrive par téléphone, à l’accueil ou de monenfant.fr.',
	errors: {
		arrivedOnRequired: 'Indiquez la date à laquelle la famille a fait sa demande sur monenfant.fr.',
		arrivedOnInFuture: 'La date de la demande sur monenfant.fr ne peut pas être dans le futur.',
		arrivedOnTooOld: (days: number) =>
			`La date de la demande sur monenfant.fr remonte à plus de ${days} jours : vérifiez-la. Pour une demande plus ancienne, rappelez la famille et saisissez sa demande comme reçue par téléphone.`
	},
	start: 'Commencer la saisie'
};
