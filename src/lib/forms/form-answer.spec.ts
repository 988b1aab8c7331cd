import { describe, expect, it } from 'vitest';
import { formAnswer, stateOf } from './form-answer';

describe('form answers', () => {
	it('give each form of a page only its own answer', () => {
		const answer = formAnswer('note', {
			errors: { body: 'Écrivez la note.' },
			values: { body: ' ' }
		});
		expect(stateOf(answer, 'note')).toEqual({
			errors: { body: 'Écrivez la note.' },
			values: { body: ' ' },
			message: null,
			done: null
		});
		expect(stateOf(answer, 'contact')).toEqual({
			errors: {},
			values: {},
			message: null,
			done: null
		});
		expect(stateOf(null, 'note').errors).toEqual({});
	});

	it('carry a refusal of the whole form and a success as sentences', () => {
		expect(stateOf(formAnswer('take', { message: 'Déjà prise.' }), 'take').message).toBe(
			'Déjà prise.'
		);
		expect(stateOf(formAnswer('take', { done: 'Demande prise.' }), 'take').done).toBe(
			'Demande prise.'
		);
	});
});
