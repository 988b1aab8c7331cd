import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from './fixtures';
import { logContact } from '../../src/lib/server/queue/contact-log';
import { findPossibleDuplicates } from '../../src/lib/server/queue/duplicates';
import { listQueue } from '../../src/lib/server/queue/queue-listing';
import { reassignRequest } from '../../src/lib/server/queue/reassign-request';
import { loadRequestFile } from '../../src/lib/server/queue/request-file';
import { addNote, editNote } from '../../src/lib/server/queue/request-notes';
import { NOTE_EDIT_WINDOW_MS } from '../../src/lib/queue/rules';
import { transitionRequest } from '../../src/lib/server/queue/transition-request';
import { takeNextRequest, takeRequest } from '../../src/lib/server/queue/take-next';
import { transferRequest } from '../../src/lib/server/queue/transfer-request';
import { createTestDatabase, type TestDatabase } from './test-database';
import {
	auditEntriesOf,
	bookedAppointment,
	eventsOf,
	forceStatus,
	makeQueueRelay,
	receiveRequest,
	requestRow
} from './queue-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

let minute = 0;
const nextArrival = () => new Date(Date.UTC(2026, 10, 2, 8, minute++));

describe('the request page', () => {
	it('holds what the family sent, the story, the notes, the calls and the audit history', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			contact: {
				parentNames: 'Léa et Karim Fontaine',
				email: 'fontaine@exemple.test',
				phone: '0612345678'
			},
			comment: 'Horaires décalés le mercredi',
			need: { desiredStart: '2027-09-01' },
			children: [{ birthDate: '2026-05-10', expectedBirthDate: null, needsSupport: true }]
		});
		await takeNextRequest(t.db, animator);
		await logContact(t.db, animator, request.id, { channel: 'call', outcome: 'not_reached' });
		await logContact(t.db, animator, request.id, {
			channel: 'call',
			outcome: 'reached',
			note: 'Rappeler lundi'
		});
		await addNote(t.db, animator, request.id, 'Besoin à confirmer');

		const file = await loadRequestFile(t.db, animator, request.reference.toLowerCase());

		if (!file) throw new Error('not found');
		expect(file).toMatchObject({
			reference: request.reference,
			status: 'in_progress',
			assignee: { id: animator.id, name: animator.name },
			family: {
				parentNames: 'Léa et Karim Fontaine',
				email: 'fontaine@exemple.test',
				phone: '0612345678'
			},
			residence: { inseeCode: commune.inseeCode },
			comment: 'Horaires décalés le mercredi',
			children: [{ position: 1, needsSupport: true, ageAtStart: { kind: 'months', months: 15 } }],
			failedAttempts: 1,
			actions: { take: null, transitions: ['closed_by_relay'] }
		});
		expect(file.events.map((event) => event.kind)).toEqual(['received', 'taken']);
		expect(
			file.contacts.map((contact) => [contact.outcome, contact.note, contact.staffName])
		).toEqual([
			['not_reached', '', animator.name],
			['reached', 'Rappeler lundi', animator.name]
		]);
		expect(file.notes).toMatchObject([
			{ body: 'Besoin à confirmer', authorName: animator.name, editable: true }
		]);
		// Newest first: the note, two calls, the taking, the arrival.
		expect(file.audit.map((entry) => entry.action)).toEqual([
			'request.note_added',
			'request.contact_logged',
			'request.contact_logged',
			'request.taken',
			'request.received'
		]);
		expect(file.actions.reassignTo.map((member) => member.id)).not.toContain(animator.id);
	});

	it('offers taking, and says how many older requests wait', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		await receiveRequest(t.db, commune.inseeCode, nextArrival());
		const second = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		const file = await loadRequestFile(t.db, animator, second.reference);
		expect(file?.actions.take).toEqual({ olderWaiting: 1 });
	});

	it('offers "appointment held" only once the booked appointment has begun', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		await forceStatus(t.db, request.id, 'appointment_booked', animator.id);
		const appointment = await bookedAppointment(t.db, request, animator, 37);
		const ahead = await loadRequestFile(t.db, animator, request.reference);
		expect(ahead?.actions.transitions).toEqual(['closed_by_relay']);
		const started = await loadRequestFile(
			t.db,
			animator,
			request.reference,
			new Date(appointment.startsAt.getTime() + 60_000)
		);
		expect(started?.actions.transitions).toEqual(['appointment_held', 'closed_by_relay']);
	});
});

describe('relay scoping: another relay’s request is not found, everywhere', () => {
	it('page, take, transition, notes, calls, reassign and transfer', async () => {
		const mine = await makeQueueRelay(t.db, 'Relais Ouest Test');
		const theirs = await makeQueueRelay(t.db, 'Relais Est Test');
		const request = await receiveRequest(t.db, theirs.commune.inseeCode, nextArrival());
		await takeRequest(t.db, theirs.animator, request.id, undefined);
		const note = await addNote(t.db, theirs.animator, request.id, 'Note de l’autre relais');
		if (!note.ok) throw new Error('note not added');
		const before = await requestRow(t.db, request.id);
		const auditBefore = await auditEntriesOf(t.db, request.id);
		const intruder = mine.animator;

		expect(await loadRequestFile(t.db, intruder, request.reference)).toBeNull();
		expect((await listQueue(t.db, intruder)).rows.map((row) => row.id)).not.toContain(request.id);
		expect(await takeRequest(t.db, intruder, request.id, 'raison')).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(
			await transitionRequest(t.db, intruder, request.id, 'closed_by_relay', {
				reason: 'other',
				comment: 'x'
			})
		).toEqual({ ok: false, refusal: 'not_found' });
		expect(await addNote(t.db, intruder, request.id, 'intrusion')).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(await editNote(t.db, intruder, note.noteId, 'intrusion')).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(
			await logContact(t.db, intruder, request.id, { channel: 'call', outcome: 'reached' })
		).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(await reassignRequest(t.db, intruder, request.id, intruder.id)).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(await transferRequest(t.db, mine.admin, request.id, mine.relay.id, 'raison')).toEqual({
			ok: false,
			refusal: 'not_found'
		});

		expect(await requestRow(t.db, request.id)).toEqual(before);
		expect(await auditEntriesOf(t.db, request.id)).toEqual(auditBefore);
	});
});

describe('internal notes', () => {
	it('their author can edit them for 10 minutes, then nobody can', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		const written = new Date('2026-11-23T10:00:00Z');
		const added = await addNote(
			t.db,
			animator,
			request.id,
			'  Famille jointe, rappeler  ',
			written
		);
		if (!added.ok) throw new Error('not added');

		const justBefore = new Date(written.getTime() + NOTE_EDIT_WINDOW_MS - 1000);
		expect(
			await editNote(t.db, animator, added.noteId, 'Famille jointe, rappeler jeudi', justBefore)
		).toMatchObject({ ok: true });
		const atTheLimit = new Date(written.getTime() + NOTE_EDIT_WINDOW_MS);
		expect(await editNote(t.db, animator, added.noteId, 'Trop tard', atTheLimit)).toEqual({
			ok: false,
			refusal: 'too_late'
		});

		const file = await loadRequestFile(t.db, animator, request.reference, atTheLimit);
		expect(file?.notes).toMatchObject([
			{ body: 'Famille jointe, rappeler jeudi', editable: false }
		]);
		expect((await auditEntriesOf(t.db, request.id, 'request.note_edited')).length).toBe(1);
	});

	it('nobody but the author can edit them, even at once', async () => {
		const { commune, animator, colleague, admin } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		const added = await addNote(t.db, animator, request.id, 'Ma note');
		if (!added.ok) throw new Error('not added');
		for (const other of [colleague, admin]) {
			expect(await editNote(t.db, other, added.noteId, 'Réécrite')).toEqual({
				ok: false,
				refusal: 'not_author'
			});
		}
		const file = await loadRequestFile(t.db, colleague, request.reference);
		expect(file?.notes).toMatchObject([{ body: 'Ma note', editable: false }]);
	});

	it('refuses an empty note', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		expect(await addNote(t.db, animator, request.id, '   ')).toEqual({
			ok: false,
			refusal: 'empty'
		});
	});
});

describe('possible duplicates', () => {
	it('same email (any case) or phone AND a child’s date: both pages show each other', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const child = [{ birthDate: '2026-03-03', expectedBirthDate: null, needsSupport: null }];
		const first = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			contact: { email: 'meme.famille@exemple.test', phone: '0600000001' },
			children: child
		});
		const byEmail = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			contact: { email: 'Meme.Famille@Exemple.test', phone: '0600000002' },
			children: [{ birthDate: null, expectedBirthDate: '2026-03-03', needsSupport: null }]
		});
		const byPhone = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			contact: { email: 'autre@exemple.test', phone: '0600000001' },
			children: [
				{ birthDate: '2024-01-01', expectedBirthDate: null, needsSupport: null },
				{ birthDate: '2026-03-03', expectedBirthDate: null, needsSupport: null }
			]
		});
		// Same email, another child: a second request for a sibling, not a duplicate.
		const sibling = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			contact: { email: 'meme.famille@exemple.test', phone: '0600000001' },
			children: [{ birthDate: '2023-06-06', expectedBirthDate: null, needsSupport: null }]
		});
		// Same child's date, another family.
		const stranger = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			children: child
		});
		// Same family, closed already.
		const closed = await receiveRequest(t.db, commune.inseeCode, nextArrival(), {
			contact: { email: 'meme.famille@exemple.test' },
			children: child
		});
		await forceStatus(t.db, closed.id, 'closed_by_relay', animator.id);

		const firstPage = await loadRequestFile(t.db, animator, first.reference);
		expect(firstPage?.duplicates.map((d) => d.reference)).toEqual([
			byEmail.reference,
			byPhone.reference
		]);
		// byEmail and byPhone share nothing but the first request: no link between them.
		expect(
			(await loadRequestFile(t.db, animator, byEmail.reference))?.duplicates.map((d) => d.reference)
		).toEqual([first.reference]);
		expect(
			(await loadRequestFile(t.db, animator, byPhone.reference))?.duplicates.map((d) => d.reference)
		).toEqual([first.reference]);
		for (const unrelated of [sibling, stranger]) {
			expect((await loadRequestFile(t.db, animator, unrelated.reference))?.duplicates).toEqual([]);
		}

		// Another relay's request of the same family is not this relay's business.
		const other = await makeQueueRelay(t.db, 'Relais Doublon');
		const elsewhere = await receiveRequest(t.db, other.commune.inseeCode, nextArrival(), {
			contact: { email: 'meme.famille@exemple.test', phone: '0600000001' },
			children: child
		});
		const row = await requestRow(t.db, first.id);
		expect((await findPossibleDuplicates(t.db, row)).map((d) => d.id)).not.toContain(elsewhere.id);

		// Closing one as the duplicate of the other: it leaves both pages.
		expect(
			await transitionRequest(t.db, animator, byEmail.id, 'closed_by_relay', {
				reason: 'duplicate',
				duplicateOf: first.reference
			})
		).toMatchObject({ ok: true });
		expect(
			(await loadRequestFile(t.db, animator, first.reference))?.duplicates.map((d) => d.reference)
		).toEqual([byPhone.reference]);
	});
});

describe('reassigning', () => {
	it('hands a taken request to another active caseworker of the relay, with one audit entry', async () => {
		const { relay, commune, animator, colleague } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		await takeNextRequest(t.db, animator);
		const official = await makeStaff(t.db, relay, 'official');
		const inactive = await makeStaff(t.db, relay, 'animator', { active: false });
		const stranger = await makeQueueRelay(t.db, 'Relais Inconnu');

		for (const wrong of [official.id, inactive.id, stranger.animator.id, 'pas-un-id']) {
			expect(await reassignRequest(t.db, animator, request.id, wrong)).toEqual({
				ok: false,
				refusal: 'invalid_assignee'
			});
		}
		expect(await reassignRequest(t.db, animator, request.id, animator.id)).toEqual({
			ok: false,
			refusal: 'same_assignee'
		});
		expect(await reassignRequest(t.db, animator, request.id, colleague.id)).toEqual({
			ok: true,
			assignee: { id: colleague.id, name: colleague.name }
		});
		expect((await requestRow(t.db, request.id)).assignedTo).toBe(colleague.id);
		const audit = await auditEntriesOf(t.db, request.id, 'request.reassigned');
		expect(audit.map((entry) => entry.details)).toEqual([{ from: animator.id, to: colleague.id }]);
	});

	it('does not hand out a waiting request: it is taken, in turn', async () => {
		const { commune, animator, colleague } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, nextArrival());
		expect(await reassignRequest(t.db, animator, request.id, colleague.id)).toEqual({
			ok: false,
			refusal: 'not_taken'
		});
	});
});

describe('transfer to another relay', () => {
	it('an admin moves a request: it leaves this queue and waits in the other, at its arrival', async () => {
		const west = await makeQueueRelay(t.db, 'Relais Ouest Transfert');
		const east = await makeQueueRelay(t.db, 'Relais Est Transfert');
		const arrival = nextArrival();
		const request = await receiveRequest(t.db, west.commune.inseeCode, arrival);
		await takeNextRequest(t.db, west.animator);

		expect(
			await transferRequest(t.db, west.animator, request.id, east.relay.id, 'Travaille à l’est')
		).toEqual({
			ok: false,
			refusal: 'not_admin'
		});
		expect(await transferRequest(t.db, west.admin, request.id, east.relay.id, '  ')).toEqual({
			ok: false,
			refusal: 'reason_required'
		});
		expect(await transferRequest(t.db, west.admin, request.id, west.relay.id, 'x')).toEqual({
			ok: false,
			refusal: 'invalid_relay'
		});
		const moved = await transferRequest(
			t.db,
			west.admin,
			request.id,
			east.relay.id,
			'Les parents travaillent à l’est'
		);
		expect(moved).toMatchObject({ ok: true, toRelay: { id: east.relay.id } });

		expect((await listQueue(t.db, west.animator)).rows.map((row) => row.id)).not.toContain(
			request.id
		);
		expect(await loadRequestFile(t.db, west.animator, request.reference)).toBeNull();
		const [row] = (await listQueue(t.db, east.animator)).rows;
		expect(row).toMatchObject({
			id: request.id,
			status: 'received',
			assignee: null,
			receivedAt: arrival
		});
		const audit = await auditEntriesOf(t.db, request.id, 'request.transferred');
		expect(audit).toHaveLength(1);
		// The reason is staff free text: in the request's story, not in the audit log.
		expect(audit[0]?.details).toEqual({
			fromRelayId: west.relay.id,
			toRelayId: east.relay.id,
			fromStatus: 'in_progress',
			from: 'in_progress',
			to: 'received'
		});
		const transferred = (await eventsOf(t.db, request.id)).find(
			(event) => event.kind === 'transferred'
		);
		expect(transferred?.details).toMatchObject({ reason: 'Les parents travaillent à l’est' });
		// The new relay sees the whole history.
		const file = await loadRequestFile(t.db, east.animator, request.reference);
		expect(file?.audit.map((entry) => entry.action)).toContain('request.transferred');
		expect(await takeNextRequest(t.db, east.animator)).toMatchObject({ id: request.id });
	});

	it('not once an appointment is booked', async () => {
		const west = await makeQueueRelay(t.db, 'Relais O');
		const east = await makeQueueRelay(t.db, 'Relais E');
		const request = await receiveRequest(t.db, west.commune.inseeCode, nextArrival());
		await forceStatus(t.db, request.id, 'appointment_booked', west.animator.id);
		expect(await transferRequest(t.db, west.admin, request.id, east.relay.id, 'raison')).toEqual({
			ok: false,
			refusal: 'not_transferable'
		});
	});
});
