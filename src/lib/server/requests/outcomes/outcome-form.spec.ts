import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/forms/parse-form';
import { outcomeForm } from './outcome-form';

const submit = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries({ from: 'in_progress', ...fields })) {
		data.set(name, value);
	}
	return parseForm(outcomeForm, data);
};

describe('the outcome form', () => {
	it('reads a solution found, with its start date and whether it came from the list', () => {
		expect(
			submit({
				found: 'yes',
				careKind: 'micro_creche',
				startDate: '15/03/2027',
				fromRelayList: 'yes',
				reason: 'too_far'
			})
		).toEqual({
			ok: true,
			data: {
				from: 'in_progress',
				facts: {
					found: true,
					careKind: 'micro_creche',
					startDate: '2027-03-15',
					fromRelayList: true
				}
			}
		});
	});

	it('keeps the start date and the list unknown when left blank or « ne sait pas »', () => {
		const form = submit({ found: 'yes', careKind: 'mam', fromRelayList: 'unknown' });
		expect(form.ok && form.data.facts).toEqual({
			found: true,
			careKind: 'mam',
			startDate: null,
			fromRelayList: null
		});
	});

	it('reads no solution with its reason, ignoring a kind chosen before', () => {
		const form = submit({ found: 'no', reason: 'no_place_at_hours', careKind: 'creche' });
		expect(form.ok && form.data.facts).toEqual({ found: false, reason: 'no_place_at_hours' });
	});

	it('refuses a solution without its kind, in French', () => {
		expect(submit({ found: 'yes' })).toMatchObject({
			ok: false,
			errors: { careKind: 'Choisissez le mode d’accueil trouvé.' }
		});
		expect(submit({ found: 'yes', careKind: 'chateau' })).toMatchObject({
			ok: false,
			errors: { careKind: 'Choisissez le mode d’accueil trouvé.' }
		});
	});

	it('refuses no solution without its reason, in French', () => {
		expect(submit({ found: 'no', careKind: 'mam' })).toMatchObject({
			ok: false,
			errors: { reason: 'Choisissez la raison.' }
		});
	});

	it('refuses a form that says neither, a date that does not exist, an unknown answer', () => {
		expect(submit({})).toMatchObject({
			ok: false,
			errors: { found: 'Dites si la famille a trouvé un mode d’accueil.' }
		});
		expect(submit({ found: 'yes', careKind: 'mam', startDate: '31/02/2027' })).toMatchObject({
			ok: false,
			errors: { startDate: 'Saisissez une date valide, par exemple 15/03/2027.' }
		});
		expect(submit({ found: 'yes', careKind: 'mam', fromRelayList: 'toString' })).toMatchObject({
			ok: false,
			errors: { fromRelayList: 'Choisissez oui, non ou ne sait pas.' }
		});
	});
});
