import { m } from '$lib/i18n';
import { formatDate, formatDateTime } from '$lib/format/dates';
import { formatPhone } from '$lib/format/phone';
import { summarizeRequest } from '$lib/requests/request-summary';
import { needOf } from '$lib/requests/request-view';
import { todayInParis } from '$lib/time/paris';
import type { Db } from '../../db/types';
import { loadFamilyData, type DataActor, type FamilyData } from './family-data';

/**
 * The family's data as the readable, printable page shows them: one table per part, in
 * French words. The JSON download holds the same data as stored (family-data.ts).
 */

export interface DataTable {
	id: string;
	title: string;
	columns: string[];
	rows: string[][];
	/** A table of fields: the first cell of each row is its header. */
	fields: boolean;
}

const t = m.familyRights.data;

const yesNo = (value: boolean | null) => (value === null ? t.unknown : value ? t.yes : t.no);
const day = (value: string | null) => (value ? formatDate(value) : '');
const instant = (value: Date | null) => (value ? formatDateTime(value) : '');
const role = (actor: DataActor) => t.roles[actor];
const details = (value: Record<string, unknown>) =>
	Object.keys(value).length > 0 ? JSON.stringify(value) : '';

const fieldsTable = (id: string, title: string, rows: [string, string][]): DataTable => ({
	id,
	title,
	columns: [t.field, t.value],
	rows: rows.map(([label, value]) => [label, value]),
	fields: true
});

export function familyDataTables(data: FamilyData, today = todayInParis()): DataTable[] {
	const f = t.fields;
	const c = t.columns;
	const s = t.sections;
	const q = m.queue;
	const { request, contact, communes, need } = data;
	const summary = summarizeRequest(
		{
			...needOf(need),
			children: data.children,
			residenceName: communes.residence.name,
			workName: communes.work?.name ?? null,
			appointmentMode: contact.appointmentMode
		},
		today
	);
	return [
		fieldsTable('demande', s.request, [
			[f.reference, request.reference],
			[f.status, q.statuses[request.status]],
			[f.channel, q.channels[request.channel]],
			[f.relay, request.relay],
			[f.receivedAt, instant(request.receivedAt)],
			[f.updatedAt, instant(request.updatedAt)],
			[f.closedAt, instant(request.closedAt)],
			[f.closureReason, request.closureReason ?? ''],
			[f.retentionUntil, day(request.retentionUntil)],
			[f.consentAt, instant(request.consentAt)],
			[f.noticeVersion, request.noticeVersion]
		]),
		fieldsTable('coordonnees', s.contact, [
			[f.parentNames, contact.parentNames],
			[f.email, contact.email ?? ''],
			[f.phone, contact.phone ? formatPhone(contact.phone) : ''],
			[f.appointmentMode, m.tracking.contact.appointmentModes[contact.appointmentMode]],
			[f.contactTimes, contact.contactTimes],
			[f.homeLanguage, contact.homeLanguage]
		]),
		fieldsTable('besoin', s.need, [
			...summary.map((item): [string, string] => [item.label, item.values.join(' ; ')]),
			[f.comment, need.comment]
		]),
		{
			id: 'enfants',
			title: s.children,
			columns: [c.position, c.birthDate, c.expectedBirthDate, c.needsSupport],
			rows: data.children.map((child) => [
				String(child.position),
				day(child.birthDate),
				day(child.expectedBirthDate),
				yesNo(child.needsSupport)
			]),
			fields: false
		},
		{
			id: 'historique',
			title: s.events,
			columns: [c.at, c.kind, c.by, c.visible, c.details],
			rows: data.events.map((e) => [
				instant(e.at),
				q.request.timeline.kinds[e.kind] ?? e.kind,
				role(e.by),
				yesNo(e.visibleToFamily),
				details(e.details)
			]),
			fields: false
		},
		{
			id: 'rendez-vous',
			title: s.appointments,
			columns: [c.startsAt, c.endsAt, c.status, c.where, c.with],
			rows: data.appointments.map((a) => [
				instant(a.startsAt),
				instant(a.endsAt),
				a.status,
				a.place
					? [a.place.name, a.place.address, a.place.accessNotes].filter(Boolean).join(', ')
					: a.phone
						? formatPhone(a.phone)
						: '',
				role(a.with)
			]),
			fields: false
		},
		{
			id: 'appels',
			title: s.contacts,
			columns: [c.at, c.channel, c.outcome, c.note, c.by],
			rows: data.contacts.map((x) => [
				instant(x.at),
				q.request.contacts.channels[x.channel],
				q.request.contacts.outcomes[x.outcome],
				x.note,
				role(x.by)
			]),
			fields: false
		},
		{
			id: 'notes',
			title: s.notes,
			columns: [c.at, c.body, c.by],
			rows: data.notes.map((n) => [instant(n.createdAt), n.body, role(n.by)]),
			fields: false
		},
		{
			id: 'listes',
			title: s.familyLists,
			columns: [c.at, c.entries, c.structures, c.by],
			rows: data.familyLists.map((l) => [
				instant(l.givenAt),
				l.entries.map((e) => e.name).join(', '),
				l.structures.map((x) => x.name).join(', '),
				role(l.by)
			]),
			fields: false
		},
		{
			id: 'solutions',
			title: s.outcomes,
			columns: [c.at, c.source, c.result, c.details],
			rows: data.outcomes.map((o) => [
				instant(o.recordedAt),
				o.source,
				o.found ? (o.careKind ?? '') : (o.noSolutionReason ?? ''),
				details({
					...(o.startDate ? { startDate: o.startDate } : {}),
					...(o.fromRelayList !== null ? { fromRelayList: o.fromRelayList } : {}),
					...(o.reopenedAt ? { reopenedAt: o.reopenedAt.toISOString() } : {})
				})
			]),
			fields: false
		},
		{
			id: 'relances',
			title: s.followUps,
			columns: [c.stage, c.sentAt, c.answer, c.at],
			rows: data.followUps.map((x) => [
				t.stage(x.stage),
				instant(x.sentAt),
				x.answer ?? '',
				instant(x.answeredAt)
			]),
			fields: false
		},
		{
			id: 'journal',
			title: s.audit,
			columns: [c.at, c.action, c.by],
			rows: data.audit.map((a) => [
				instant(a.at),
				a.action in q.request.audit.actions
					? q.request.audit.actions[a.action as keyof typeof q.request.audit.actions]
					: q.request.audit.otherAction,
				role(a.by)
			]),
			fields: false
		},
		{
			id: 'courriels',
			title: s.mails,
			columns: [c.at, c.status, c.to, c.subject, c.text],
			rows: data.mails.map((mail) => [
				instant(mail.createdAt),
				mail.status,
				mail.to,
				mail.subject,
				mail.text
			]),
			fields: false
		}
	];
}

/** What `/suivi/<token>/donnees` shows; null for a token that opens nothing (404). */
export async function familyDataPage(db: Db, token: string) {
	const data = await loadFamilyData(db, token);
	if (!data) return null;
	return { reference: data.request.reference, tables: familyDataTables(data) };
}
