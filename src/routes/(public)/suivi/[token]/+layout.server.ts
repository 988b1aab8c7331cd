import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { rememberedLocale, requestLanguageAddress } from '$lib/server/i18n/request-language';
import { requestLocaleByToken } from '$lib/server/requests/tracking-locale';

/**
 * Every page of a request's tracking (the page, its follow-up answers, its data, erasure)
 * opens in the request's language when neither the address nor the cookie names one. A GET
 * only: a form posts to the address its page already had.
 */
export const load: LayoutServerLoad = async ({ locals, params, url, cookies, request }) => {
	if (request.method !== 'GET') return;
	const target = requestLanguageAddress(
		url,
		rememberedLocale(cookies),
		locals.locale,
		await requestLocaleByToken(locals.db, params.token)
	);
	if (target) redirect(307, target);
};
