import type { FamilyMessages } from '$lib/i18n/family';
import { summarizeRequest } from '$lib/requests/request-summary';
import { needOf } from '$lib/requests/request-view';
import { todayInParis } from '$lib/time/paris';
import type { Db } from '../../db/types';
import { loadFamilyData, type DataActor, type FamilyData } from './family-data';

/**
 * The family's data as the readable, printable page shows them: one table per part, in the
 * family's words (`t`, the page's catalogue). The JSON download holds the same data as
 * stored (family-data.ts).
 */

export interface DataTable {
	id: string;
	title: string;
	columns: string[];
	rows: string[][];
	/** A table of fields: the first cell of each row is its header. */
	fields: boolean;
}

const details = (value: Record<string, unknown>) =>
	Object.keys(value).length > 0 ? JSON.stringify(value) : '';

/** A code's words, or the code itself should a newer one have none yet. */
const wordsOf = (words: Record<string, string>, code: string | null) =>
	code === null ? '' : (words[code] ?? code);

export function familyDataTables(
	data: FamilyData,
	messages: FamilyMessages,
	today = todayInParis()
): DataTable[] {
	const t = messages.familyRights.data;
	const format = messages.format;
	const f = t.fields;
	const c = t.columns;
	const s = t.sections;
	const yesNo = (value: boolean | null) => (value === null ? t.unknown : value ? t.yes : t.no);
	const day = (value: string | null) => (value ? format.date(value) : '');
	const instant = (value: Date | null) => (value ? format.dateTime(value) : '');
	const role = (actor: DataActor) => t.roles[actor];
	const fieldsTable = (id: string, title: string, rows: [string, string][]): DataTable => ({
		id,
		title,
		columns: [t.field, t.value],
		rows,
		fields: true
	});
	const { request, contact, communes, need } = data;
	const summary = summarizeRequest(
		{
			...needOf(need),
			children: data.children,
			residenceName: communes.residence.name,
			workName: communes.work?.name ?? null,
			appointmentMode: contact.appointmentMode
		},
		today,
		messages
	);
	return [
		fieldsTable('demande', s.request, [
			[f.reference, format.ltr(request.reference)],
			[f.status, t.statuses[request.status]],
			[f.channel, t.channels[request.channel]],
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
			[f.phone, contact.phone ? format.phone(contact.phone) : ''],
			[f.appointmentMode, messages.tracking.contact.appointmentModes[contact.appointmentMode]],
			[f.contactTimes, contact.contactTimes],
			[f.homeLanguage, contact.homeLanguage]
		]),
		fieldsTable('besoin', s.need, [
			...summary.map((item): [string, string] => [item.label, item.values.join(t.listSeparator)]),
			[f.comment, need.comment]
		]),
		{
			id: 'enfants',
			title: s.children,
			columns: [c.position, c.birthDate, c.expectedBirthDate, c.needsSupport],
			rows: data.children.map((child) => [
				format.count(child.position),
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
				wordsOf(t.eventKinds, e.kind),
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
				wordsOf(t.appointmentStatuses, a.status),
				a.place
					? [a.place.name, a.place.address, a.place.accessNotes].filter(Boolean).join(', ')
					: a.phone
						? format.phone(a.phone)
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
				wordsOf(t.contactChannels, x.channel),
				wordsOf(t.contactOutcomes, x.outcome),
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
				wordsOf(messages.outcomes.sources, o.source),
				o.found
					? [t.outcomeFound, wordsOf(messages.outcomes.careKinds, o.careKind)].join(t.listSeparator)
					: [t.outcomeNotFound, wordsOf(messages.outcomes.reasons, o.noSolutionReason)].join(
							t.listSeparator
						),
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
				wordsOf(messages.outcomes.followUpAnswers, x.answer),
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
				a.action in t.auditActions
					? t.auditActions[a.action as keyof typeof t.auditActions]
					: t.otherAction,
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
				wordsOf(t.mailStatuses, mail.status),
				mail.to,
				mail.subject,
				mail.text
			]),
			fields: false
		}
	];
}

/** What `/suivi/<token>/donnees` shows; null for a token that opens nothing (404). */
export async function familyDataPage(db: Db, token: string, t: FamilyMessages) {
	const data = await loadFamilyData(db, token);
	if (!data) return null;
	return { reference: data.request.reference, tables: familyDataTables(data, t) };
}
