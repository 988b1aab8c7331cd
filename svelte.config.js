import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Forms must work without JavaScript; SvelteKit's CSRF origin check stays on.
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy on every page: SvelteKit adds a nonce to its own inline script
		// (a hash on prerendered pages). No inline style or script of ours, no other origin.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer (for screen readers, after a client-side navigation)
				// is rendered with a style attribute: its hash alone is allowed. A test recomputes
				// it from the installed SvelteKit (src/lib/server/http/content-security-policy.spec.ts).
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
