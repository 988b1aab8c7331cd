import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import svelteConfig from '../../../../svelte.config.js';

/**
 * The policy allows no inline style and no inline script of ours (SvelteKit adds a nonce to
 * its own script). A style attribute in a component would be blocked in the browser and the
 * page would silently look wrong: this reads the sources for any.
 */
const directives = svelteConfig.kit?.csp?.directives ?? {};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(svelte|html)$/.test(entry.name) ? [full] : [];
	});
}

describe('Content-Security-Policy', () => {
	it('allows scripts and styles from the site only, frames from nowhere', () => {
		expect(directives['default-src']).toEqual(['self']);
		expect(directives['script-src']).toEqual(['self']);
		expect(directives['style-src']).not.toContain('unsafe-inline');
		expect(directives['frame-ancestors']).toEqual(['none']);
		expect(directives['form-action']).toEqual(['self']);
	});

	it('allows exactly the style attribute of the installed SvelteKit’s route announcer', () => {
		const root = readFileSync(
			path.resolve('node_modules/@sveltejs/kit/src/core/sync/write_root.js'),
			'utf8'
		);
		const announcer = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(root)?.[1];
		expect(announcer, 'the announcer still has a style attribute').toBeDefined();
		const hash = createHash('sha256')
			.update(announcer ?? '')
			.digest('base64');
		expect(directives['style-src']).toContain(`sha256-${hash}`);
	});

	it('meets no style attribute and no inline script in our pages and components', () => {
		const offenders = [...sourceFiles(path.resolve('src')), path.resolve('src/app.html')]
			.filter((file) =>
				/\sstyle(:[\w-]+)?=|<script(?![^>]*\blang="ts")(?![^>]*\bsrc=)/.test(
					readFileSync(file, 'utf8')
				)
			)
			.map((file) => path.relative(process.cwd(), file));
		expect(offenders).toEqual([]);
	});
});
