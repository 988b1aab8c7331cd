import { describe, expect, it } from 'vitest';
import { loggedRoute } from './hooks.server';

describe('request logs', () => {
	it('name the route pattern, never the path with its token', () => {
		expect(loggedRoute({ route: { id: '/(public)/suivi/[token]' } })).toBe(
			'/(public)/suivi/[token]'
		);
		expect(loggedRoute({ route: { id: null } })).toBe('unmatched');
	});
});
