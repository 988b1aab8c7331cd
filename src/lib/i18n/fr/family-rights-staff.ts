/**
 * Texts of the admin's erasure of a family's data at the desk (staff request page). French
 * only; the staff catalogue merges it under `m.familyRights`.
 */
export const familyRightsStaff = {
	desk: {
		title: 'Effacer les données de la famille',
		text: 'À la demande de la famille, au relais : ses données personnelles sont effacées tout de suite, la demande est annulée si elle est en cours, son rendez-vous aussi. Il ne reste que des chiffres anonymes.',
		confirm: 'La famille a demandé l’effacement de ses données : je confirme.',
		confirmRequired: 'Cochez la case pour confirmer l’effacement.',
		submit: 'Effacer les données',
		done: 'Les données personnelles de la famille sont effacées.',
		erasedOn: (date: string) => `Données personnelles effacées le ${date}.`,
		erasedText: 'Il ne reste de cette demande que des chiffres anonymes, pour le bilan du relais.'
	}
};
