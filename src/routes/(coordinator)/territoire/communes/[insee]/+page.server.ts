import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { communePage } from '$lib/server/territory/communes/communes-page';
import {
	centroidForm,
	communeRelayForm,
	transferForm
} from '$lib/server/territory/communes/commune-forms';
import { assignCommunes } from '$lib/server/territory/communes/assign-communes';
import { transferOpenRequestsOfCommune } from '$lib/server/territory/communes/transfer-commune-requests';
import { editCentroid } from '$lib/server/territory/communes/edit-centroid';

const t = m.territoryCommunes;

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	const page = await communePage(event.locals.db, event.params.insee);
	if (!page) error(404, m.common.error.notFound);
	return page;
};

export const actions: Actions = {
	relay: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(communeRelayForm, await readForm(event.request));
		if (!form.ok) return invalid('relay', form.errors, form.values);
		const result = await assignCommunes(event.locals.db, coordinator, form.data.relay, [
			{ inseeCode: event.params.insee, expectedRelayId: form.data.expected }
		]);
		if (!result.ok) {
			if (result.refusal === 'no_commune') error(404, m.common.error.notFound);
			return invalid('relay', { relay: t.errors.relayUnknown });
		}
		const c = t.commune.changeRelay;
		if (result.changedMeanwhile.length > 0) return refused('relay', c.changedMeanwhile);
		if (result.assigned.length === 0) return succeeded('relay', c.unchanged);
		return succeeded('relay', c.moved(result.toRelay?.name ?? null));
	},

	transfer: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(transferForm, await readForm(event.request));
		if (!form.ok) return refused('transfer', t.errors.relayUnknown, {}, 400);
		const result = await transferOpenRequestsOfCommune(
			event.locals.db,
			coordinator,
			event.params.insee,
			form.data.from,
			t.commune.transfer.reason
		);
		if (!result.ok) {
			if (result.refusal === 'not_found') error(404, m.common.error.notFound);
			if (result.refusal === 'not_served') return refused('transfer', t.commune.transfer.notServed);
			return refused('transfer', t.errors.relayUnknown);
		}
		return succeeded('transfer', t.commune.transfer.done(result.moved, result.toRelay.name));
	},

	centroid: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(centroidForm, await readForm(event.request));
		if (!form.ok) return invalid('centroid', form.errors, form.values);
		const result = await editCentroid(event.locals.db, coordinator, event.params.insee, form.data);
		if (!result.ok) error(404, m.common.error.notFound);
		return succeeded('centroid', t.commune.centroid.saved);
	}
};
