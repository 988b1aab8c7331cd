import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/forms/parse-form';
import { assignForm, centroidForm, shownCommuneValue } from './commune-forms';
import { communesActionHref, communesHref, parseCommuneQuery } from './commune-query';

const form = (fields: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
};
const relay = '0b7c6a52-8f0e-4c4e-9a57-3f7d2b1c9e10';

describe('the centroid form', () => {
	it('accepts degrees with a decimal comma or point', () => {
		const parsed = parseForm(
			centroidForm,
			form([
				['latitude', ' 48,1147 '],
				['longitude', '-1.6794']
			])
		);
		expect(parsed).toEqual({ ok: true, data: { latitude: 48.1147, longitude: -1.6794 } });
	});

	it('refuses a value out of range, a word or nothing, at its field', () => {
		const parsed = parseForm(
			centroidForm,
			form([
				['latitude', '91'],
				['longitude', 'ouest']
			])
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.latitude).toMatch(/entre -90 et 90/);
		expect(parsed.errors.longitude).toMatch(/entre -180 et 180/);
		const empty = parseForm(centroidForm, form([['latitude', '']]));
		expect(empty.ok ? {} : empty.errors).toEqual({
			latitude: 'Indiquez la latitude.',
			longitude: 'Indiquez la longitude.'
		});
		const tooFarWest = parseForm(
			centroidForm,
			form([
				['latitude', '0'],
				['longitude', '-180,5']
			])
		);
		expect(tooFarWest.ok).toBe(false);
	});
});

describe('the assignment form', () => {
	it('reads each ticked commune with the relay it had when shown, and "aucun" as no relay', () => {
		const parsed = parseForm(
			assignForm,
			form([
				['relay', 'aucun'],
				['communes', shownCommuneValue('35047', relay)],
				['communes', shownCommuneValue('2A004', null)]
			])
		);
		expect(parsed).toEqual({
			ok: true,
			data: {
				relay: null,
				communes: [
					{ inseeCode: '35047', expectedRelayId: relay },
					{ inseeCode: '2A004', expectedRelayId: null }
				]
			}
		});
	});

	it('asks for a relay and at least one commune, and refuses a tampered value', () => {
		const parsed = parseForm(assignForm, form([]));
		expect(parsed.ok ? {} : parsed.errors).toEqual({
			relay: 'Choisissez un relais, ou « Aucun relais ».',
			communes: 'Cochez au moins une commune.'
		});
		const tampered = parseForm(
			assignForm,
			form([
				['relay', relay],
				['communes', '35047|pas-un-id']
			])
		);
		expect(tampered.ok ? {} : tampered.errors).toEqual({
			communes: 'La liste des communes cochées n’a pas pu être lue. Rechargez la page.'
		});
	});
});

describe('the address of the communes page', () => {
	it('keeps the filters it offers and drops the others', () => {
		const { filters, page } = parseCommuneQuery(
			new URLSearchParams('epci=243500139&relais=aucun&texte=%20Bruz%20&page=3')
		);
		expect(filters).toEqual({ epciCode: '243500139', relay: { kind: 'none' }, text: 'Bruz' });
		expect(page).toBe(3);
		expect(communesHref(filters, page)).toBe(
			'/territoire/communes?epci=243500139&relais=aucun&texte=Bruz&page=3'
		);
		expect(communesActionHref(filters, 1, 'assign')).toBe(
			'/territoire/communes?epci=243500139&relais=aucun&texte=Bruz&/assign'
		);
		expect(communesActionHref({}, 1, 'assign')).toBe('/territoire/communes?/assign');
		expect(parseCommuneQuery(new URLSearchParams('epci=1;drop&relais=x&page=-2'))).toEqual({
			filters: {},
			page: 1
		});
	});
});
