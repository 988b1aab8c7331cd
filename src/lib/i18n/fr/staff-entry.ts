/** An animator enters a family's request taken by phone or at the desk. */
export const staffEntry = {
	title: 'Saisir une demande pour une famille',
	lead: 'Pour une famille qui appelle ou vient au relais : vous remplissez les mêmes étapes que le formulaire en ligne. Si la famille donne une adresse électronique, elle reçoit la même confirmation avec son lien de suivi.',
	channel: 'Comment la famille vous a-t-elle contacté ?',
	phone: 'Par téléphone',
	desk: 'À l’accueil du relais',
	channelRequired: 'Indiquez si la demande arrive par téléphone ou à l’accueil.',
	start: 'Commencer la saisie'
};
