import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { mailOutbox } from '../../src/lib/server/db/schema';
import { config } from '../../src/lib/server/config';
import { generateToken } from '../../src/lib/server/auth/tokens';
import { deliverDueMessages } from '../../src/lib/server/mail/sender';
import { createSmtpTransport, type MailTransport } from '../../src/lib/server/mail/transport';
import { submitChildcareRequest } from '../../src/lib/server/requests/submit-request';
import { findRequestByTrackingToken } from '../../src/lib/server/requests/tracking';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune, onlineMeta, requestInput } from './request-fixtures';
import { startSmtpServer, type TestSmtpServer } from './smtp-test-server';

const quietLog = pino({ level: 'silent' });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let t: TestDatabase;
let smtp: TestSmtpServer;
let transport: MailTransport;
beforeAll(async () => {
	t = await createTestDatabase();
	smtp = await startSmtpServer();
	transport = createSmtpTransport(smtp.url);
});
afterAll(async () => {
	transport.close?.();
	await smtp.close();
	await t.close();
});
beforeEach(async () => {
	await t.db.delete(mailOutbox);
	smtp.received.length = 0;
});

describe('the confirmation mail of a request', () => {
	it('reaches the SMTP server once, with the reference, a summary and a working tracking link', async () => {
		const relay = await makeRelay(t.db, 'Relais des Trois Rivières');
		const commune = await makeCommune(t.db, relay.id, 'Saint-Exemple');
		const input = requestInput(commune.inseeCode, {
			contact: { parentNames: 'Inès Martin', email: 'ines.martin@exemple.test' },
			children: [{ birthDate: null, expectedBirthDate: '2027-04-20', needsSupport: true }],
			need: {
				desiredStart: '2027-09-01',
				weeklySchedule: {
					mon: { start: '07:30', end: '19:30' },
					tue: null,
					wed: null,
					thu: null,
					fri: null,
					sat: null,
					sun: null
				}
			}
		});
		const meta = onlineMeta({ now: new Date('2026-11-23T10:00:00Z') });

		const result = await submitChildcareRequest(t.db, input, meta);
		// A retry of the same form (the family pressed again) must not mail twice.
		await submitChildcareRequest(t.db, input, meta);
		const first = await deliverDueMessages(t.db, transport, { log: quietLog });
		const second = await deliverDueMessages(t.db, transport, { log: quietLog });

		expect(first.sent).toBe(1);
		expect(second.sent).toBe(0);
		expect(smtp.received).toHaveLength(1);
		const mail = smtp.received[0];
		const text = mail?.text ?? '';
		expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('ines.martin@exemple.test');
		expect(mail?.subject).toContain(result.reference);
		expect(text).toContain(`Numéro de votre demande : ${result.reference}`);
		expect(text).toContain('Bonjour Inès Martin');
		expect(text).toContain('Saint-Exemple');
		expect(text).toContain('Enfant : naissance prévue le 20 avril 2027');
		expect(text).toContain('Début souhaité : 1er septembre 2027');
		expect(text).toContain('après 19 h');
		expect(text).toContain('Le relais vous proposera un rendez-vous dans les 7 jours');
		// Health data stay out of a mail.
		expect(text).not.toMatch(/handicap|accompagnement/i);

		const link = new RegExp(`${escapeRegExp(config.publicUrl)}/fr/suivi/([a-z2-7]+)`).exec(text);
		const token = link?.[1] ?? '';
		expect(token).toHaveLength(32);
		expect(result.trackingToken).toBe(token);
		const tracked = await findRequestByTrackingToken(t.db, token);
		expect(tracked?.id).toBe(result.requestId);
		expect(tracked?.reference).toBe(result.reference);
		expect(tracked?.residence.name).toBe('Saint-Exemple');
		expect(tracked?.events.map((e) => e.kind)).toEqual(['received']);
	});

	it('opens nothing with a wrong token', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id);
		const result = await submitChildcareRequest(
			t.db,
			requestInput(commune.inseeCode),
			onlineMeta()
		);
		const token = result.trackingToken ?? '';
		const lastChar = token.slice(-1) === 'a' ? 'b' : 'a';

		expect(await findRequestByTrackingToken(t.db, token)).not.toBeNull();
		expect(await findRequestByTrackingToken(t.db, generateToken())).toBeNull();
		expect(await findRequestByTrackingToken(t.db, `${token.slice(0, -1)}${lastChar}`)).toBeNull();
		expect(await findRequestByTrackingToken(t.db, token.toUpperCase())).toBeNull();
		expect(await findRequestByTrackingToken(t.db, '')).toBeNull();
	});
});
