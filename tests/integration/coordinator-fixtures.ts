import { randomBytes } from 'node:crypto';
import type { RelayInput } from '../../src/lib/forms/relay';

/** Two to four capitals no other test uses (random: the tests of a file share a database). */
export const freshReferenceCode = () =>
	Array.from(randomBytes(4), (b) => String.fromCharCode(65 + (b % 26))).join('');

/** A relay's details as the form's schema gives them. */
export const relayInput = (overrides: Partial<RelayInput> = {}): RelayInput => ({
	name: `Relais Petite Enfance ${randomBytes(3).toString('hex')}`,
	referenceCode: freshReferenceCode(),
	address: '2 place de la Mairie, 35000 Rennes',
	phone: '+33299000000',
	email: 'rpe@exemple.test',
	targetDays: 7,
	...overrides
});
