import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { staffRoles, type StaffRole } from '$lib/staff-roles';
import { homePathFor, requireUser } from './guard';
import type { CoordinatorUser, OfficialUser, RelayStaffUser, SessionUser } from './session';

const account = { email: 'x@example.org', name: 'X', territoryName: 'T' };
const users = {
	admin: { ...account, id: 'a', role: 'admin', relayId: 'r', relayName: 'R' },
	animator: { ...account, id: 'b', role: 'animator', relayId: 'r', relayName: 'R' },
	official: { ...account, id: 'c', role: 'official', relayId: null, epciCode: '243500139' },
	coordinator: { ...account, id: 'd', role: 'coordinator', relayId: null }
} satisfies Record<StaffRole, SessionUser>;

/** Just what requireUser reads of a request. */
function eventOf(user: SessionUser | null, url = 'http://localhost/territoire/communes?epci=1') {
	return { locals: { user }, url: new URL(url) } as unknown as RequestEvent;
}

/** What requireUser threw, or 'passed' when it let the person in. */
function outcome(run: () => unknown): string {
	try {
		run();
		return 'passed';
	} catch (thrown) {
		if (isRedirect(thrown)) return `${thrown.status} ${thrown.location}`;
		if (isHttpError(thrown)) return String(thrown.status);
		throw thrown;
	}
}

describe('requireUser', () => {
	it('sends an anonymous visitor to sign in, coming back to the same page after', () => {
		expect(outcome(() => requireUser(eventOf(null), 'coordinator'))).toBe(
			'303 /connexion?redirectTo=%2Fterritoire%2Fcommunes%3Fepci%3D1'
		);
	});

	it('lets the coordinator alone into a coordinator page: every other role gets 403', () => {
		const answers = staffRoles.map(
			(role) => `${role}: ${outcome(() => requireUser(eventOf(users[role]), 'coordinator'))}`
		);
		expect(answers).toEqual([
			'admin: 403',
			'animator: 403',
			'official: 403',
			'coordinator: passed'
		]);
	});

	it('refuses the coordinator the relays’ pages and the observatory', () => {
		const coordinator = eventOf(users.coordinator, 'http://localhost/relais/file');
		expect(outcome(() => requireUser(coordinator, 'admin', 'animator'))).toBe('403');
		expect(outcome(() => requireUser(coordinator, 'admin'))).toBe('403');
		expect(outcome(() => requireUser(coordinator, 'official'))).toBe('403');
	});

	it('with no role named, admits every signed-in role (hence the route-guard rule)', () => {
		expect(outcome(() => requireUser(eventOf(users.coordinator)))).toBe('passed');
	});

	it('returns the user typed by its role', () => {
		const coordinator = requireUser(eventOf(users.coordinator), 'coordinator');
		expect(coordinator).toBe(users.coordinator);
		expectTypeOf(coordinator).toExtend<CoordinatorUser>();
		expectTypeOf(coordinator.relayId).toEqualTypeOf<null>();
		// @ts-expect-error a coordinator has no relay to name
		expect(coordinator.relayName).toBeUndefined();

		const staff = requireUser(eventOf(users.animator), 'admin', 'animator');
		expectTypeOf(staff).toExtend<RelayStaffUser>();
		expectTypeOf(staff.relayId).toEqualTypeOf<string>();

		const official = requireUser(eventOf(users.official), 'official');
		expectTypeOf(official).toExtend<OfficialUser>();
		expectTypeOf(official.epciCode).toEqualTypeOf<string | null>();
	});
});

describe('homePathFor', () => {
	it('lands each role on its own home; the coordinator on the territory', () => {
		expect(Object.fromEntries(staffRoles.map((role) => [role, homePathFor(role)]))).toEqual({
			admin: '/relais',
			animator: '/relais',
			official: '/observatoire',
			coordinator: '/territoire'
		});
	});
});
