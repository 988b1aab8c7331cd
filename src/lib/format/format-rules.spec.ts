import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFilesUnder } from '$lib/testing/source-files';

/**
 * Dates and times are written three ways as soon as a page formats one itself: only
 * `$lib/format` and `$lib/time` may call `Intl` or `toLocale…String`.
 */
const ALLOWED = [path.resolve('src/lib/format'), path.resolve('src/lib/time')];

describe('one formatting module', () => {
	it('is the only code that formats a date or a time with Intl', () => {
		const offenders = sourceFilesUnder(path.resolve('src'), /\.(ts|svelte)$/)
			.filter((file) => !ALLOWED.some((dir) => file.startsWith(dir + path.sep)))
			.filter((file) => /\bIntl\.|\.toLocale(Date|Time)?String\(/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative('.', file));
		expect(offenders).toEqual([]);
	});
});
