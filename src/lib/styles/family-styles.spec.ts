import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { familyFiles, underSrc } from '$lib/testing/family-files';
import { physicalSides, physicalSidesInComponent } from './physical-sides';

/**
 * Arabic family pages are right to left: a physical left or right in any stylesheet a family
 * page loads would not turn with them. This reads those stylesheets (the family routes, the
 * root layout and error page, every component and CSS file they import, transitively:
 * $lib/testing/family-files.ts) and lists every physical side in them.
 */

function offences(): { file: string; line: number; text: string }[] {
	return familyFiles().flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		const sides = file.endsWith('.css') ? physicalSides(source) : physicalSidesInComponent(source);
		const name = underSrc(file);
		return sides.map((side) => ({
			file: name,
			line: side.line,
			text: `${name}: ${side.declaration} (write ${side.logical})`
		}));
	});
}

describe('the stylesheets of the family pages', () => {
	it('include the global styles, the frame, the shared components, the form and the tracking pages', () => {
		const files = familyFiles().map(underSrc);
		expect(files).toEqual(
			expect.arrayContaining([
				'lib/styles/base.css',
				'lib/styles/tokens.css',
				'routes/+layout.svelte',
				'lib/components/LanguageLinks.svelte',
				'lib/components/ErrorSummary.svelte',
				'routes/(public)/+page.svelte',
				'routes/(public)/demande/[draft]/[step]/StepProgress.svelte',
				'routes/(public)/suivi/[token]/+page.svelte'
			])
		);
		// Staff pages are not family pages: their styles may stay as they are.
		expect(files.some((file) => file.includes('(staff)'))).toBe(false);
	});

	it('use logical properties only, never a physical left or right', () => {
		const found = offences();
		expect(found.map((offence) => `${offence.text}, line ${offence.line}`)).toEqual([]);
	});
});
