import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm, type FieldErrors } from '$lib/forms/parse-form';
import { formAnswer } from '$lib/forms/form-answer';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { communesPage } from '$lib/server/territory/communes/communes-page';
import {
	communesActionHref,
	communesHref,
	parseCommuneQuery,
	relayParam
} from '$lib/server/territory/communes/commune-query';
import { assignForm, epciAssignForm } from '$lib/server/territory/communes/commune-forms';
import {
	assignCommunes,
	assignUnservedCommunesOfEpci
} from '$lib/server/territory/communes/assign-communes';

const t = m.territoryCommunes;

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	const { filters, page } = parseCommuneQuery(event.url.searchParams);
	const { results, relays, epcis } = await communesPage(event.locals.db, filters, page);
	return {
		results,
		relays,
		epcis,
		filters,
		relayValue: relayParam(filters.relay),
		epci: epcis.find((epci) => epci.value === filters.epciCode) ?? null,
		filtered: Object.keys(filters).length > 0,
		/** The forms post to the page as it is, so that without JavaScript the answer keeps it. */
		actions: {
			assign: communesActionHref(filters, results.page, 'assign'),
			assignEpci: communesActionHref(filters, results.page, 'assignEpci')
		},
		links: {
			previous: results.page > 1 ? communesHref(filters, results.page - 1) : null,
			next: results.page < results.pageCount ? communesHref(filters, results.page + 1) : null
		}
	};
};

export const actions: Actions = {
	assign: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const body = await readForm(event.request);
		const form = parseForm(assignForm, body);
		// The ticks go back with the errors, so that nothing has to be ticked again.
		const ticked = body.getAll('communes').filter((v) => typeof v === 'string');
		if (!form.ok)
			return invalid('assign', form.errors, { ...form.values, communes: ticked.join(' ') });
		const result = await assignCommunes(
			event.locals.db,
			coordinator,
			form.data.relay,
			form.data.communes
		);
		if (!result.ok) {
			const error: FieldErrors =
				result.refusal === 'invalid_relay'
					? { relay: t.errors.relayUnknown }
					: { communes: t.errors.communesInvalid };
			return invalid('assign', error, { communes: ticked.join(' ') });
		}
		const names = (list: { name: string }[]) => list.map((c) => c.name);
		const done = [
			result.assigned.length > 0 || result.unchanged.length === 0
				? t.list.assign.assigned(names(result.assigned), result.toRelay?.name ?? null)
				: null,
			result.unchanged.length > 0 ? t.list.assign.unchanged(names(result.unchanged)) : null,
			result.assigned.length > 0 && result.toRelay ? t.list.assign.transferHint : null
		]
			.filter(Boolean)
			.join(' ');
		if (result.changedMeanwhile.length === 0) return succeeded('assign', done);
		const message = t.list.assign.changedMeanwhile(names(result.changedMeanwhile));
		if (result.assigned.length === 0 && result.unchanged.length === 0)
			return refused('assign', message);
		return formAnswer('assign', { done, message });
	},

	assignEpci: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(epciAssignForm, await readForm(event.request));
		if (!form.ok) return invalid('assignEpci', form.errors, form.values);
		const result = await assignUnservedCommunesOfEpci(
			event.locals.db,
			coordinator,
			form.data.epci,
			form.data.epciRelay
		);
		if (!result.ok) return invalid('assignEpci', { epciRelay: t.errors.relayUnknown });
		return succeeded(
			'assignEpci',
			t.list.epciAssign.assigned(result.assigned.length, result.toRelay.name)
		);
	}
};
