import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { loadImportPage } from '$lib/server/directory/import/import-page';
import { startImport } from '$lib/server/directory/import/start-import';
import { stopAbsentChildminders } from '$lib/server/directory/import/absent-childminders';
import { m } from '$lib/i18n';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function importIdOf(params: { id: string }): string {
	if (!UUID.test(params.id)) error(404, m.common.error.notFound);
	return params.id;
}

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	const { searchParams } = event.url;
	const page = Number(searchParams.get('page') ?? '1');
	// "Aperçu" sends the mapping being chosen as a GET form: the preview follows it.
	const previewing = searchParams.has('apercu');
	const details = await loadImportPage(event.locals.db, importIdOf(event.params), {
		errorsPage: Number.isInteger(page) ? page : 1,
		choice: previewing ? (name) => searchParams.get(name) : undefined
	});
	if (!details) error(404, m.common.error.notFound);
	const autoRefresh = searchParams.get('actualiser') !== 'non';
	// While the import runs, the page reloads itself every 2 s, without JavaScript, through
	// the HTTP Refresh header rather than a <meta> refresh; the page offers to stop it
	// (WCAG 2.2.2), which "?actualiser=non" does.
	if (autoRefresh && details.status === 'running' && !details.stale)
		event.setHeaders({ refresh: '2' });
	return { details, autoRefresh };
};

export const actions: Actions = {
	start: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const importId = importIdOf(event.params);
		const form = await readForm(event.request);
		const result = await startImport(event.locals.db, coordinator, importId, (name) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : null;
		});
		// The run goes on after this answer; the page (a GET, so that it may refresh itself)
		// shows its progress.
		if (result.ok) redirect(303, `/territoire/annuaire/imports/${importId}`);
		if (result.reason === 'not_found') error(404, m.common.error.notFound);
		if (result.reason === 'mapping') return invalid('start', result.errors, result.choices);
		return refused('start', result.message);
	},
	stop: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = await readForm(event.request);
		const expected = Number(form.get('expected'));
		const result = await stopAbsentChildminders(
			event.locals.db,
			coordinator,
			importIdOf(event.params),
			Number.isInteger(expected) ? expected : -1
		);
		if (result.ok) return succeeded('stop', m.directoryImport.report.stopped(result.stopped));
		if (result.reason === 'not_found') error(404, m.common.error.notFound);
		return refused('stop', result.message);
	}
};
