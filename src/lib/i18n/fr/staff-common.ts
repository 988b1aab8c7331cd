/**
 * The frame of the staff pages (their navigation, the signed-in person, the roles) and the
 * family's language as the relay reads it. Staff pages stay in French: these keys are not in
 * the family catalogue, so they are not translated.
 */
export const staffCommon = {
	nav: {
		team: 'Équipe',
		mail: 'Courriels',
		observatory: 'Observatoire',
		relays: 'Relais',
		communes: 'Communes',
		officials: 'Élus'
	},
	signedInAs: (name: string) => `Connecté : ${name}`,
	roles: {
		admin: 'Administrateur du relais',
		animator: 'Animatrice ou animateur',
		official: 'Élu du territoire',
		coordinator: 'Coordination départementale'
	},
	/** The language of the family's pages and mails, named in French for the relay. */
	familyLocales: {
		fr: 'Français',
		en: 'Anglais',
		ar: 'Arabe'
	}
};
