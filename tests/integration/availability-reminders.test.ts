import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { availabilityReminders, mailOutbox } from '../../src/lib/server/db/schema';
import { sendAvailabilityReminders } from '../../src/lib/server/directory/reminders/send-availability-reminders';
import { runHousekeeping } from '../../src/lib/server/housekeeping';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune } from './request-fixtures';
import { makeAvailability, makeChildminder } from './directory-fixtures';
import { runTogether } from './run-together';

let t: TestDatabase;
let insee: string;
beforeAll(async () => {
	t = await createTestDatabase();
	const relay = await makeRelay(t.db);
	insee = (await makeCommune(t.db, relay.id)).inseeCode;
});
afterAll(async () => t.close());

/** Each test runs in its own campaign, so that the childminders of other tests are done. */
const IN_JUNE_WINDOW = new Date('2027-05-20T08:00:00Z');
const IN_DECEMBER_WINDOW = new Date('2027-11-20T08:00:00Z');
const IN_2028_JUNE_WINDOW = new Date('2028-05-25T08:00:00Z');
const IN_2028_DECEMBER_WINDOW = new Date('2028-11-25T08:00:00Z');

async function remindersTo(addresses: (string | null)[]) {
	const rows = await t.db
		.select({ to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text })
		.from(mailOutbox)
		.where(
			inArray(
				mailOutbox.to,
				addresses.filter((a): a is string => !!a)
			)
		);
	return rows.filter((r) => r.subject.startsWith('Avez-vous des places libres'));
}

describe('availability reminders', () => {
	it('reminds each active childminder once per campaign, even when run twice', async () => {
		const a = await makeChildminder(t.db, insee);
		const b = await makeChildminder(t.db, insee, { status: 'suspended' });
		await sendAvailabilityReminders(t.db, IN_JUNE_WINDOW);
		await sendAvailabilityReminders(t.db, new Date(IN_JUNE_WINDOW.getTime() + 3_600_000));
		const mails = await remindersTo([a.email, b.email]);
		expect(mails.map((m) => m.to)).toEqual([a.email]);
		expect(mails[0]?.text).toContain('avant le 1er juin 2027');
		expect(mails[0]?.text).toContain('/assistante-maternelle');
		const rows = await t.db
			.select()
			.from(availabilityReminders)
			.where(eq(availabilityReminders.childminderId, a.id));
		expect(rows.map((r) => r.campaign)).toEqual(['2027-06-01']);
	});

	it('sends nothing outside the window, nor to a stopped childminder', async () => {
		const a = await makeChildminder(t.db, insee);
		const stopped = await makeChildminder(t.db, insee, { status: 'stopped' });
		expect(await sendAvailabilityReminders(t.db, new Date('2027-05-16T12:00:00Z'))).toBe(0);
		expect(await sendAvailabilityReminders(t.db, new Date('2027-06-01T08:00:00Z'))).toBe(0);
		expect(await sendAvailabilityReminders(t.db, new Date('2027-03-01T08:00:00Z'))).toBe(0);
		expect(await remindersTo([a.email, stopped.email])).toEqual([]);
		await sendAvailabilityReminders(t.db, IN_DECEMBER_WINDOW);
		expect((await remindersTo([a.email, stopped.email])).map((m) => m.to)).toEqual([a.email]);
	});

	it('does not remind one who already declared since the window opened', async () => {
		const declared = await makeChildminder(t.db, insee);
		await makeAvailability(t.db, declared.id, { declaredOn: new Date('2028-05-18T09:00:00Z') });
		const stale = await makeChildminder(t.db, insee);
		await makeAvailability(t.db, stale.id, { declaredOn: new Date('2027-12-01T09:00:00Z') });
		await sendAvailabilityReminders(t.db, IN_2028_JUNE_WINDOW);
		expect((await remindersTo([declared.email, stale.email])).map((m) => m.to)).toEqual([
			stale.email
		]);
	});

	it('two runs at once send one mail to each', async () => {
		const ams = [];
		for (let i = 0; i < 4; i++) ams.push(await makeChildminder(t.db, insee));
		await runTogether(t, 'availability_reminders', [
			() => sendAvailabilityReminders(t.db, IN_2028_DECEMBER_WINDOW),
			() => sendAvailabilityReminders(t.db, IN_2028_DECEMBER_WINDOW)
		]);
		const mails = await remindersTo(ams.map((a) => a.email));
		expect(mails.map((m) => m.to).sort()).toEqual(ams.map((a) => a.email).sort());
	});

	it('the hourly housekeeping sends them', async () => {
		const a = await makeChildminder(t.db, insee);
		await runHousekeeping(t.db, new Date('2029-05-20T08:00:00Z'));
		expect(await remindersTo([a.email])).toHaveLength(1);
	});
});
