import { familyMail } from './family-mail';

/** Mails to staff and childminders, and the outbox page: French, like every staff page. */
export const mail = {
	signature: familyMail.signature,
	passwordLink: {
		subject: 'Votre compte Guichet : choisissez votre mot de passe',
		/** `senderName`: the relay's name, or the deployment's for an account of no relay. */
		text: (p: { name: string; senderName: string; link: string; hours: number }) =>
			`Bonjour ${p.name},\n\nUn compte a été ouvert pour vous sur Guichet, le portail de l’accueil du jeune enfant (${p.senderName}).\nPour choisir votre mot de passe, ouvrez ce lien (valable ${p.hours} heures, une seule fois) :\n\n${p.link}\n\nSi vous n’attendiez pas ce message, ignorez-le : aucun compte ne sera utilisable sans ce lien.`
	},
	outbox: {
		title: 'Courriels du relais',
		lead: 'Sans serveur SMTP configuré (variable SMTP_URL), les courriels ne partent pas : chacun est écrit dans un fichier .eml et listé ici pour les vérifier.',
		leadSmtp:
			'Les courriels envoyés par le portail aux familles et à l’équipe, avec leur état : un courriel « en attente » sera réessayé automatiquement ; « échec » signifie qu’il n’a pas pu partir après plusieurs tentatives.',
		caption: 'Courriels du relais, les plus récents d’abord',
		columns: {
			createdAt: 'Créé le',
			to: 'Destinataire',
			subject: 'Objet',
			status: 'État',
			attempts: 'Tentatives'
		},
		status: { pending: 'En attente', sent: 'Envoyé', failed: 'Échec' },
		emptyTitle: 'Aucun courriel pour l’instant',
		emptyText: 'Les courriels envoyés aux familles et à l’équipe apparaîtront ici.',
		open: 'Lire',
		backToList: 'Retour à la liste',
		body: 'Texte du message',
		attachments: 'Pièces jointes'
	}
};
