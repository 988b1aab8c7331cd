export const mail = {
	signature: (relayName: string) => `${relayName}\nCe message est envoyé automatiquement : merci de ne pas y répondre.`,
	passwordLink: {
		subject: 'Votre compte Guichet : choisissez votre mot de passe',
		text: (p: { name: string; relayName: string; link: string; hours: number }) =>
			`Bonjour ${p.name},\n\nUn compte a été ouvert pour vous sur Guichet, le portail du ${p.relayName}.\nPour choisir votre mot de passe, ouvrez ce lien (valable ${p.hours} heures, une seule fois) :\n\n${p.link}\n\nSi vous n’attendiez pas ce message, ignorez-le : aucun compte ne sera utilisable sans ce lien.`
	},
	outbox: {
		title: 'Courriels envoyés (développement)',
		lead: 'Sans serveur SMTP configuré (variable SMTP_URL), les courriels ne partent pas : chacun est écrit dans un fichier .eml et listé ici pour les vérifier.',
		caption: 'Courriels du relais, les plus récents d’abord',
		columns: { createdAt: 'Créé le', to: 'Destinataire', subject: 'Objet', status: 'État', attempts: 'Tentatives' },
		status: { pending: 'En attente', sent: 'Envoyé', failed: 'Échec' },
		emptyTitle: 'Aucun courriel pour l’instant',
		emptyText: 'Les courriels envoyés aux familles et à l’équipe apparaîtront ici.',
		open: 'Lire',
		backToList: 'Retour à la liste',
		body: 'Texte du message',
		attachments: 'Pièces jointes'
	}
};
