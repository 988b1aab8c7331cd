import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';
import { listImports } from '$lib/server/directory/import/list-imports';
import { uploadImport } from '$lib/server/directory/import/upload-import';
import { directoryImportKinds, type DirectoryImportKind } from '$lib/directory/directory-options';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	return { imports: await listImports(event.locals.db) };
};

const isKind = (value: unknown): value is DirectoryImportKind =>
	typeof value === 'string' && (directoryImportKinds as readonly string[]).includes(value);

export const actions: Actions = {
	// The one action whose body may exceed 512K (http/body-limit.ts gives it 16 MB).
	upload: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = await readForm(event.request);
		const kind = form.get('kind');
		const file = form.get('file');
		const values = { kind: typeof kind === 'string' ? kind : '' };
		const t = m.directoryImport.upload;
		const errors: Record<string, string> = {};
		if (!isKind(kind)) errors.kind = t.kindMissing;
		if (!(file instanceof File) || file.size === 0) errors.file = t.fileMissing;
		if (!isKind(kind) || !(file instanceof File) || file.size === 0) {
			return invalid('upload', errors, values);
		}
		const result = await uploadImport(event.locals.db, coordinator, {
			kind,
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		});
		if (!result.ok) return invalid('upload', { file: result.reason }, values);
		redirect(303, `/territoire/annuaire/imports/${result.importId}`);
	}
};
