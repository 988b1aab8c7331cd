import type { DirectoryImportStatus } from '$lib/directory/directory-options';

/** The badge's colour of an import's state (its words say it; the colour only helps). */
export function statusTone(status: DirectoryImportStatus, stale: boolean) {
	if (stale || status === 'failed') return 'danger' as const;
	if (status === 'done') return 'success' as const;
	if (status === 'running') return 'info' as const;
	return 'neutral' as const;
}
