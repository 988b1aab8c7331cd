/**
 * The public home page, for families. Many parents read little French: short sentences, one
 * idea each, everyday words, "vous". Every kind of care is presented without ranking them.
 */
export const home = {
	documentTitle: 'Trouver un mode d’accueil pour votre enfant',
	title: 'Trouver un mode d’accueil pour votre enfant',
	lead: 'Le Relais Petite Enfance vous aide à trouver qui gardera votre enfant. C’est un service public. C’est gratuit.',
	/** The way into the online request form, under the lead. */
	startRequest: 'Faire une demande en ligne',
	what: {
		title: 'Le relais, qu’est-ce que c’est ?',
		paragraphs: [
			'Le Relais Petite Enfance est un service public gratuit.',
			'Il aide toutes les familles du territoire à trouver un mode d’accueil pour leur enfant.',
			'Vous pouvez faire une demande avant la naissance de votre bébé.'
		]
	},
	help: {
		title: 'Ce que le relais fait pour vous',
		items: [
			'Vous faites une seule demande au relais. Vous n’avez pas besoin de savoir déjà quel mode d’accueil vous voulez.',
			'Le relais vous propose un rendez-vous dans les 7 jours, au relais ou par téléphone.',
			'Le relais vous donne la liste de toutes les assistantes et de tous les assistants maternels près de chez vous.',
			'Le relais vous présente tous les modes d’accueil. Il vous aide à choisir celui qui vous convient.',
			'Le relais vous explique combien coûte chaque mode d’accueil et quelles aides vous pouvez recevoir.'
		]
	},
	kinds: {
		title: 'Les modes d’accueil',
		intro: 'Chaque mode d’accueil a ses avantages. Le relais vous les présente tous.',
		list: [
			{
				term: 'Assistante ou assistant maternel',
				description:
					'Une professionnelle ou un professionnel agréé garde votre enfant chez elle ou chez lui. Vous êtes son employeur.'
			},
			{
				term: 'Maison d’assistants maternels (MAM)',
				description:
					'Plusieurs assistantes et assistants maternels gardent des enfants ensemble, dans un même lieu.'
			},
			{
				term: 'Crèche',
				description:
					'Une équipe de professionnels accueille un groupe d’enfants. Il existe de grandes crèches et de petites crèches (micro-crèches).'
			},
			{
				term: 'Garde à domicile',
				description:
					'Une personne garde votre enfant chez vous. Vous pouvez partager cette garde avec une autre famille.'
			}
		]
	},
	steps: {
		title: 'Comment faire votre demande',
		items: [
			'Vous faites votre demande au relais. Vous dites pour quel enfant, à partir de quand et à quelles heures vous avez besoin d’un accueil.',
			'Le relais vous propose un rendez-vous dans les 7 jours, au relais ou par téléphone.',
			'Pendant le rendez-vous, le relais vous présente les modes d’accueil près de chez vous. Il vous donne la liste des assistantes et assistants maternels.',
			'Vous choisissez. Vous contactez vous-même les professionnels. Le relais reste là si vous avez des questions.'
		]
	},
	contact: {
		title: 'Par téléphone ou au relais',
		text: 'Vous pouvez aussi appeler ou venir au relais. Une animatrice ou un animateur prend votre demande avec vous.'
	},
	childminders: {
		title: 'Vous êtes assistante ou assistant maternel',
		text: 'Vous pouvez dire vous-même vos places libres et ce que vous proposez. Vous choisissez ce que les familles voient de vous.',
		link: 'Recevoir mon lien personnel'
	}
};
