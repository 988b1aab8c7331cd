import { randomUUID } from 'node:crypto';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { findRelayRequestByReference } from '$lib/server/queue/relay-request';
import { prepareFamilyList } from '$lib/server/directory/family-list/prepare-family-list';
import { giveFamilyList } from '$lib/server/directory/family-list/give-family-list';
import { giveListForm } from '$lib/server/directory/family-list/give-list-form';
import { directorySearchParams, parseDirectoryFilters } from '$lib/forms/directory-search';
import { parseForm } from '$lib/forms/parse-form';
import { readForm } from '$lib/server/http/read-form';
import { refused } from '$lib/server/http/form-failure';
import { todayInParis } from '$lib/time/paris';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	// No address yet: the request's own filters. Sent (even emptied): what the animator chose.
	const query =
		event.url.searchParams.size > 0 ? parseDirectoryFilters(event.url.searchParams) : null;
	const valid = query !== null && Object.keys(query.errors).length === 0;
	const prepared = await prepareFamilyList(event.locals.db, user, event.params.reference, {
		filters: valid ? query.filters : null,
		orderBy: query?.order ?? 'rotation',
		seed: query?.seed ?? null,
		today: todayInParis()
	});
	if (!prepared) error(404, m.common.error.notFound);
	const params = directorySearchParams(prepared.filters, prepared.orderBy, prepared.seed);
	return {
		prepared,
		errors: query?.errors ?? {},
		// What the form shows: what was typed after an error, else the filters in use.
		values: valid || !query ? paramsAsValues(params) : query.values,
		query: params.toString(),
		idempotencyKey: randomUUID()
	};
};

function paramsAsValues(params: URLSearchParams): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const all = params.getAll(key);
		values[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return values;
}

export const actions: Actions = {
	give: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await findRelayRequestByReference(
			event.locals.db,
			user,
			event.params.reference
		);
		if (!request) error(404, m.common.error.notFound);
		const form = parseForm(giveListForm, await readForm(event.request));
		if (!form.ok) return refused('give', m.familyList.staff.invalid, {}, 400);
		const result = await giveFamilyList(event.locals.db, {
			requestId: request.id,
			staff: user,
			filters: form.data.filters,
			orderBy: form.data.orderBy,
			seed: form.data.seed,
			idempotencyKey: form.data.idempotencyKey,
			today: todayInParis()
		});
		if (!result.ok) {
			if (result.refusal === 'not_found') error(404, m.common.error.notFound);
			return refused('give', m.familyList.staff.closed);
		}
		redirect(303, `/relais/demandes/${request.reference}/listes/${result.listId}?remise=1`);
	}
};
