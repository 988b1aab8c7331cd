/** The words the demo requests are drawn from: fictional names, times, languages, comments. */
export const FIRST_NAMES = [
	'Camille',
	'Léa',
	'Thomas',
	'Inès',
	'Mehdi',
	'Sarah',
	'Julien',
	'Aïcha',
	'Nicolas',
	'Manon',
	'Youssef',
	'Chloé',
	'Hugo',
	'Fatou',
	'Maxime',
	'Élodie',
	'Kevin',
	'Pauline',
	'Antoine',
	'Mélanie',
	'Rania',
	'Baptiste',
	'Océane',
	'Lucas',
	'Gwenaëlle',
	'Erwan',
	'Nolwenn',
	'Tiphaine'
];
export const LAST_NAMES = [
	'Le Gall',
	'Martin',
	'Bernard',
	'Diallo',
	'Nguyen',
	'Moreau',
	'Le Bihan',
	'Petit',
	'Durand',
	'Rousseau',
	'Benali',
	'Garnier',
	'Lemoine',
	'Le Roux',
	'Fontaine',
	'Morel',
	'Girard',
	'Kerbrat',
	'Da Silva',
	'Haddad',
	'Lefort',
	'Guérin',
	'Bouvier',
	'Jaouen',
	'Cadiou'
];
export const CONTACT_TIMES = [
	'',
	'',
	'en semaine après 17 h',
	'le matin avant 9 h',
	'le mercredi',
	'à l’heure du déjeuner'
];
export const LANGUAGES = [
	'',
	'',
	'',
	'',
	'',
	'',
	'arabe',
	'anglais',
	'portugais',
	'wolof',
	'turc',
	'vietnamien'
];
export const COMMENTS = [
	'Je reprends le travail à la fin de mon congé parental.',
	'Nous travaillons tous les deux en horaires décalés à l’hôpital.',
	'Nous cherchons si possible près de l’école du grand frère.',
	'Notre fils a une allergie alimentaire, à voir ensemble.',
	'Je suis en formation trois jours par semaine.',
	'Nous venons d’arriver dans la commune.'
];
/** A name as it could appear in an email address. */
export const asciiSlug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]+/g, '-')
		.replace(/^-|-$/g, '');
