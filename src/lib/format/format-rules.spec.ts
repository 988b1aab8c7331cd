import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dates and times are written three ways as soon as a page formats one itself: only
 * `$lib/format` and `$lib/time` may call `Intl` or `toLocale…String`.
 */
const ALLOWED = [path.resolve('src/lib/format'), path.resolve('src/lib/time')];

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(full);
		return /\.(ts|svelte)$/.test(entry.name) ? [full] : [];
	});
}

describe('one formatting module', () => {
	it('is the only code that formats a date or a time with Intl', () => {
		const offenders = filesUnder(path.resolve('src'))
			.filter((file) => !ALLOWED.some((dir) => file.startsWith(dir + path.sep)))
			.filter((file) => /\bIntl\.|\.toLocale(Date|Time)?String\(/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative('.', file));
		expect(offenders).toEqual([]);
	});
});
