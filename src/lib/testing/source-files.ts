import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The files under a folder whose names match, for the tests that read the code to hold a rule
 * in every file (which module may import zod, which may call Intl). Test-only: nothing in the
 * app imports it.
 */
export function sourceFilesUnder(dir: string, names: RegExp): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFilesUnder(full, names);
		return names.test(entry.name) ? [full] : [];
	});
}
