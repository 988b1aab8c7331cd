import { describe, expect, it } from 'vitest';
import { careStructureSchema } from './care-structure';

const valid = {
	kind: 'micro_creche',
	name: '  Micro-crèche Les Pousses ',
	communeInsee: '35047',
	address: '3 rue de Vern',
	ageMinMonths: '3',
	ageMaxMonths: '36',
	hours: 'du lundi au vendredi, 7 h 30 – 19 h 00',
	capacity: '12',
	phone: '02 99 12 34 56',
	email: 'Contact@Pousses.example',
	website: 'https://pousses.example'
};

describe('careStructureSchema', () => {
	it('takes a structure, phone in E.164, numbers as numbers, blanks as null', () => {
		const parsed = careStructureSchema.parse(valid);
		expect(parsed).toMatchObject({
			name: 'Micro-crèche Les Pousses',
			ageMinMonths: 3,
			ageMaxMonths: 36,
			capacity: 12,
			phone: '+33299123456',
			email: 'contact@pousses.example',
			active: false
		});
		const blank = careStructureSchema.parse({
			...valid,
			ageMaxMonths: '',
			capacity: ' ',
			phone: '',
			email: '',
			website: '',
			active: 'on'
		});
		expect(blank).toMatchObject({
			ageMaxMonths: null,
			capacity: null,
			phone: null,
			email: null,
			website: null,
			active: true
		});
	});

	it('refuses, in French at each field, what cannot be stored', () => {
		const result = careStructureSchema.safeParse({
			...valid,
			kind: 'recommended',
			name: '',
			communeInsee: 'x',
			ageMinMonths: '36',
			ageMaxMonths: '12',
			capacity: '-1',
			phone: '12',
			email: 'nope',
			website: 'javascript:alert(1)'
		});
		expect(result.success).toBe(false);
		const fields = new Set(result.error?.issues.map((i) => String(i.path[0])));
		expect(fields).toEqual(
			new Set(['kind', 'name', 'communeInsee', 'capacity', 'phone', 'email', 'website'])
		);
		const order = careStructureSchema.safeParse({
			...valid,
			ageMinMonths: '36',
			ageMaxMonths: '12'
		});
		expect(order.error?.issues[0]?.message).toBe(
			'L’âge maximum doit être supérieur à l’âge minimum.'
		);
		const fraction = careStructureSchema.safeParse({ ...valid, ageMinMonths: '2.5' });
		expect(fraction.error?.issues[0]?.path).toEqual(['ageMinMonths']);
	});
});
