import { describe, expect, it } from 'vitest';
import { config } from '../config';
import { sessionUserOf } from './session';

const row = {
	id: 'u1',
	email: 'camille@example.org',
	name: 'Camille',
	relayId: null,
	epciCode: null,
	relay: null,
	epci: null
};
const relay = { relayId: 'r1', relay: { name: 'Relais Vilaine Ouest' } };
const epci = { epciCode: '243500139', epci: { name: 'Rennes Métropole' } };

describe('sessionUserOf', () => {
	it('an admin or animator works in their relay, named as their territory', () => {
		for (const role of ['admin', 'animator'] as const) {
			expect(sessionUserOf({ ...row, ...relay, role })).toEqual({
				id: 'u1',
				email: 'camille@example.org',
				name: 'Camille',
				role,
				relayId: 'r1',
				relayName: 'Relais Vilaine Ouest',
				territoryName: 'Relais Vilaine Ouest'
			});
		}
	});

	it('an admin or animator without a relay is a broken row, never a session', () => {
		for (const role of ['admin', 'animator'] as const) {
			expect(() => sessionUserOf({ ...row, role })).toThrow('staff u1 has no relay');
			// The relay's id without its name (the join found nothing) is just as broken.
			expect(() => sessionUserOf({ ...row, role, relayId: 'r1' })).toThrow('has no relay');
		}
	});

	it('an official sees their relay, their EPCI or the whole deployment', () => {
		expect(sessionUserOf({ ...row, ...relay, role: 'official' })).toEqual({
			id: 'u1',
			email: 'camille@example.org',
			name: 'Camille',
			role: 'official',
			relayId: 'r1',
			epciCode: null,
			territoryName: 'Relais Vilaine Ouest'
		});
		expect(sessionUserOf({ ...row, ...epci, role: 'official' })).toMatchObject({
			role: 'official',
			relayId: null,
			epciCode: '243500139',
			territoryName: 'Rennes Métropole'
		});
		expect(sessionUserOf({ ...row, role: 'official' })).toMatchObject({
			role: 'official',
			relayId: null,
			epciCode: null,
			territoryName: config.deploymentName
		});
	});

	it('the coordinator works for the deployment, with no relay', () => {
		const user = sessionUserOf({ ...row, role: 'coordinator' });
		expect(user).toEqual({
			id: 'u1',
			email: 'camille@example.org',
			name: 'Camille',
			role: 'coordinator',
			relayId: null,
			territoryName: config.deploymentName
		});
		// Nothing of a relay, even a name, reaches a coordinator's pages.
		expect(user).not.toHaveProperty('relayName');
	});
});
