import { describe, expect, it } from 'vitest';
import { observatoryScopeOf, scopeKeyOf } from './observatory-scope';
import type { SessionUser } from '../auth/session';

const account = { id: 'u', email: 'x@example.test', name: 'X', territoryName: 'T' };

describe('whose observatory each role sees', () => {
	it('gives the relay staff their relay, the coordinator the deployment, an official theirs', () => {
		const admin = { ...account, role: 'admin', relayId: 'r1' } as unknown as SessionUser;
		const coordinator = {
			...account,
			role: 'coordinator',
			relayId: null
		} as unknown as SessionUser;
		const epciOfficial = {
			...account,
			role: 'official',
			relayId: null,
			epciCode: '243500139'
		} as unknown as SessionUser;
		expect(observatoryScopeOf(admin)).toEqual({ kind: 'relay', relayId: 'r1' });
		expect(observatoryScopeOf(coordinator)).toEqual({ kind: 'deployment' });
		expect(observatoryScopeOf(epciOfficial)).toEqual({ kind: 'epci', epciCode: '243500139' });
	});

	it('names each territory as the counts table does', () => {
		expect(scopeKeyOf({ kind: 'relay', relayId: 'r1' })).toBe('relay:r1');
		expect(scopeKeyOf({ kind: 'epci', epciCode: '243500139' })).toBe('epci:243500139');
		expect(scopeKeyOf({ kind: 'deployment' })).toBe('deployment');
	});
});
