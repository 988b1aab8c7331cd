import type { validation as fr } from '../fr/validation';
/**
 * The messages of a form field that has no message of its own: what a person reads when a
 * value arrives that the page never offers (a hidden field changed, an option removed), in
 * place of zod's technical English. Fields a person fills carry their own messages.
 */
export const validation: typeof fr = {
	required: 'Ce champ est obligatoire.',
	invalid: 'Cette valeur n’est pas valide : rechargez la page et recommencez.',
	choice: 'Choisissez une des options proposées.',
	email: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
	date: 'Indiquez une date valide, par exemple 15/03/2027.',
	tooLong: (max: number) => `Ce texte est trop long : ${max} caractères au plus.`,
	tooShort: (min: number) => `Ce texte est trop court : ${min} caractères au moins.`,
	tooMany: (max: number) => `Pas plus de ${max} choix.`,
	tooFew: (min: number) => `Au moins ${min} choix.`,
	tooBig: (max: number) => `Indiquez un nombre jusqu’à ${max}.`,
	tooSmall: (min: number) => `Indiquez un nombre à partir de ${min}.`,
	wholeNumber: 'Indiquez un nombre entier.'
};
