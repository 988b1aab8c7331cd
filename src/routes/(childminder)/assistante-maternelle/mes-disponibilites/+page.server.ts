import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireChildminder } from '$lib/server/directory/childminder-auth/guard';
import {
	deleteChildminderSessionCookie,
	invalidateChildminderSession
} from '$lib/server/directory/childminder-auth/childminder-session';
import { loadOwnDeclaration } from '$lib/server/directory/self-declaration/own-declaration';
import { removeFreePlace } from '$lib/server/directory/self-declaration/remove-free-place';
import {
	confirmUnchanged,
	declareNoFreePlace
} from '$lib/server/directory/self-declaration/confirm-declaration';
import { updateOwnOffer } from '$lib/server/directory/self-declaration/update-offer';
import { updateOwnPublication } from '$lib/server/directory/self-declaration/update-publication';
import { offerSchema, publicationSchema, removePlaceSchema } from '$lib/forms/childminder';
import { parseForm } from '$lib/forms/parse-form';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { formatDate } from '$lib/format/dates';
import { m } from '$lib/i18n';

const t = m.childminder.page;
/** Her activity stopped since she signed in: her page is gone, as her session will be. */
const ENDED = '/assistante-maternelle?session=ended';
function gone(): never {
	redirect(303, ENDED);
}

export const load: PageServerLoad = async (event) => {
	const session = requireChildminder(event);
	const declaration = await loadOwnDeclaration(event.locals.db, session.childminderId);
	if (!declaration) redirect(303, ENDED);
	return { declaration, added: event.url.searchParams.get('ajout') === 'ok' };
};

export const actions: Actions = {
	removePlace: async (event) => {
		const session = requireChildminder(event);
		const form = parseForm(removePlaceSchema, await readForm(event.request));
		if (!form.ok) error(404, m.common.error.notFound);
		const result = await removeFreePlace(event.locals.db, session.childminderId, form.data.placeId);
		if (!result.ok) return refused('removePlace', t.placeNotFound, {}, 404);
		return succeeded('removePlace', t.removed);
	},
	confirm: async (event) => {
		const session = requireChildminder(event);
		const result = await confirmUnchanged(event.locals.db, session.childminderId);
		if (!result.ok) return gone();
		return succeeded('confirm', t.confirmed(formatDate(result.validUntil)));
	},
	noPlace: async (event) => {
		const session = requireChildminder(event);
		const result = await declareNoFreePlace(event.locals.db, session.childminderId);
		if (!result.ok) return gone();
		return succeeded('confirm', t.noPlaceDone(formatDate(result.validUntil)));
	},
	offer: async (event) => {
		const session = requireChildminder(event);
		const form = parseForm(offerSchema, await readForm(event.request));
		if (!form.ok) return invalid('offer', form.errors, form.values);
		const result = await updateOwnOffer(event.locals.db, session.childminderId, form.data);
		if (!result.ok) return gone();
		return succeeded('offer', t.offerSaved);
	},
	publication: async (event) => {
		const session = requireChildminder(event);
		const form = parseForm(publicationSchema, await readForm(event.request));
		if (!form.ok) return invalid('publication', form.errors, form.values);
		const result = await updateOwnPublication(event.locals.db, session.childminderId, form.data);
		if (!result.ok) return gone();
		return succeeded('publication', t.publicationSaved);
	},
	signOut: async (event: RequestEvent) => {
		const session = requireChildminder(event);
		await invalidateChildminderSession(event.locals.db, session.sessionId);
		deleteChildminderSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, '/assistante-maternelle');
	}
};
