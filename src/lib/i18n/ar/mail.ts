import type { mail as fr } from '../fr/mail';
import { formatPhone } from '$lib/format/phone';

export const mail: typeof fr = {
	signature: (relayName: string) =>
		`${relayName}\nCe message est envoyé automatiquement : merci de ne pas y répondre.`,
	passwordLink: {
		subject: 'Votre compte Guichet : choisissez votre mot de passe',
		/** `senderName`: the relay's name, or the deployment's for an account of no relay. */
		text: (p: { name: string; senderName: string; link: string; hours: number }) =>
			`Bonjour ${p.name},\n\nUn compte a été ouvert pour vous sur Guichet, le portail de l’accueil du jeune enfant (${p.senderName}).\nPour choisir votre mot de passe, ouvrez ce lien (valable ${p.hours} heures, une seule fois) :\n\n${p.link}\n\nSi vous n’attendiez pas ce message, ignorez-le : aucun compte ne sera utilisable sans ce lien.`
	},
	requestConfirmation: {
		subject: (reference: string) => `Votre demande de mode d’accueil est bien reçue (${reference})`,
		text: (p: {
			parentNames: string;
			relayName: string;
			reference: string;
			summary: string;
			targetDays: number;
			link: string;
			relayPhone: string;
			relayEmail: string;
		}) =>
			`Bonjour ${p.parentNames},\n\nLe ${p.relayName} a bien reçu votre demande de mode d’accueil.\n\nNuméro de votre demande : ${p.reference}\nGardez ce numéro : il vous sera demandé si vous appelez le relais.\n\nVotre demande en bref :\n${p.summary}\n\nEt maintenant ?\nLe relais vous proposera un rendez-vous dans les ${p.targetDays} jours, au relais ou par téléphone. Ce rendez-vous est gratuit : il sert à bien comprendre votre besoin, à vous présenter tous les modes d’accueil du territoire, leurs coûts et les aides possibles, et à vous remettre la liste des assistantes et assistants maternels du territoire.\n\nSuivre votre demande :\n${p.link}\n\nCe lien est personnel : ne le transmettez pas. Il vous permet de voir où en est votre demande, de corriger vos coordonnées ou d’annuler la demande si vous n’en avez plus besoin.\n\nUne question ? Appelez le relais au ${formatPhone(p.relayPhone)} ou écrivez à ${p.relayEmail}.`
	},
	trackingLink: {
		subject: (reference: string) => `Votre nouveau lien de suivi (demande ${reference})`,
		text: (p: { parentNames: string; relayName: string; reference: string; link: string }) =>
			`Bonjour ${p.parentNames},\n\nVous avez demandé un nouveau lien pour suivre votre demande ${p.reference} auprès du ${p.relayName}. Le voici :\n\n${p.link}\n\nL’ancien lien ne fonctionne plus. Ce lien est personnel : ne le transmettez pas.\n\nSi vous n’avez rien demandé, vous pouvez ignorer ce message : votre demande n’a pas changé.`
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
