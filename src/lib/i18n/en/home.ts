import type { home as fr } from '../fr/home';

/** The public home page in English: short sentences, everyday words. */
export const home: typeof fr = {
	documentTitle: 'Find childcare for your child',
	title: 'Find childcare for your child',
	lead: 'The Relais Petite Enfance helps you find someone to look after your child. It is a public service. It is free.',
	startRequest: 'Make a request online',
	what: {
		title: 'What is the relay?',
		paragraphs: [
			'The Relais Petite Enfance (early childhood relay) is a free public service. We call it “the relay”.',
			'It helps every family in the area to find childcare for their child.',
			'You can make a request before your baby is born.'
		]
	},
	help: {
		title: 'What the relay does for you',
		items: [
			'You make one request to the relay. You do not need to know already which kind of childcare you want.',
			'The relay offers you an appointment within 7 days, at the relay or by phone.',
			'The relay gives you the list of all the childminders near your home.',
			'The relay presents every kind of childcare to you. It helps you choose the one that suits you.',
			'The relay explains how much each kind of childcare costs and which financial help you can get.'
		]
	},
	kinds: {
		title: 'The kinds of childcare',
		intro: 'Each kind of childcare has its advantages. The relay presents all of them to you.',
		list: [
			{
				term: 'Childminder (assistante maternelle)',
				description:
					'An approved professional looks after your child in their own home. You are their employer.'
			},
			{
				term: 'Childminders’ house (MAM)',
				description: 'Several childminders look after children together, in the same place.'
			},
			{
				term: 'Nursery (crèche)',
				description:
					'A team of professionals looks after a group of children. There are large nurseries and small ones (micro-crèches).'
			},
			{
				term: 'Care at home',
				description:
					'A person looks after your child in your home. You can share this care with another family.'
			}
		]
	},
	steps: {
		title: 'How to make your request',
		items: [
			'You make your request to the relay. You say for which child, from when and at what times you need childcare.',
			'The relay offers you an appointment within 7 days, at the relay or by phone.',
			'During the appointment, the relay presents the childcare near your home. It gives you the list of childminders.',
			'You choose. You contact the professionals yourself. The relay is still there if you have questions.'
		]
	},
	contact: {
		title: 'By phone or at the relay',
		text: 'You can also call or come to the relay. A relay worker takes your request with you.'
	},
	childminders: {
		title: 'Are you a childminder?',
		text: 'You can give your free places and what you offer yourself. You choose what families see about you. This page is in French.',
		link: 'Get my personal link (in French)'
	}
};
