import { weekDays, type AppointmentMode } from '$lib/childcare-request-options';
import type { FamilyMessages } from '$lib/i18n/family';
import { monthsBetween } from '$lib/time/calendar-date';
import type { AtypicalFlags } from './atypical-hours';
import type { RequestNeed } from './request-view';

/**
 * A request told in plain words, item by item, in the family's language (`t`, the request's
 * catalogue): the same words in the confirmation mail and on the tracking page. The disability answer and the free comment are left out on purpose:
 * a mail is not the place for health data, and the family wrote the comment themselves.
 */
export interface RequestSummarySource extends RequestNeed {
	children: { position: number; birthDate: string | null; expectedBirthDate: string | null }[];
	residenceName: string;
	workName: string | null;
	appointmentMode: AppointmentMode;
}

export interface SummaryItem {
	label: string;
	values: string[];
}

/** What the summary reads of a catalogue: its words and the formats of its language. */
export type SummaryMessages = Pick<FamilyMessages, 'tracking' | 'format'>;

/** `today` is the date the ages are given at (YYYY-MM-DD, Europe/Paris). */
export function summarizeRequest(
	source: RequestSummarySource,
	today: string,
	t: SummaryMessages
): SummaryItem[] {
	const s = t.tracking.summary;
	const { date: formatDate, time: formatTime } = t.format;
	const items: SummaryItem[] = [];
	const children = [...source.children].sort((a, b) => a.position - b.position);
	const describe = (child: (typeof children)[number]) =>
		child.birthDate
			? s.born(
					formatDate(child.birthDate),
					s.age(Math.max(0, monthsBetween(child.birthDate, today)))
				)
			: s.expected(formatDate(child.expectedBirthDate ?? today));
	items.push(
		children.length === 1 && children[0]
			? { label: s.child, values: [describe(children[0])] }
			: {
					label: s.children,
					values: children.map((child) => s.childLine(child.position, describe(child)))
				}
	);
	items.push({ label: s.residence, values: [source.residenceName] });
	if (source.workName) items.push({ label: s.work, values: [source.workName] });
	items.push({ label: s.desiredStart, values: [formatDate(source.desiredStart)] });
	if (source.latestStart)
		items.push({ label: s.latestStart, values: [formatDate(source.latestStart)] });
	items.push({ label: s.regularity, values: [s.regularities[source.regularity]] });

	const days: string[] = [];
	for (const day of weekDays) {
		const slot = source.weeklySchedule[day];
		if (!slot) continue;
		days.push(
			s.day(s.days[day], formatTime(slot.start), formatTime(slot.end), slot.end <= slot.start)
		);
	}
	if (source.variableHours) days.push(s.variableHours);
	items.push({ label: s.schedule, values: days });

	const atypical = (Object.keys(s.atypicalFlags) as (keyof AtypicalFlags)[])
		.filter((flag) => source.atypical[flag])
		.map((flag) => s.atypicalFlags[flag]);
	items.push({ label: s.atypical, values: atypical.length > 0 ? atypical : [s.atypicalNone] });

	if (source.periscolaire.length > 0) {
		items.push({
			label: s.periscolaire,
			values: source.periscolaire.map((need) => s.periscolaireNeeds[need])
		});
	}
	items.push({
		label: s.careKinds,
		values: source.careKinds.map((kind) => s.careKindLabels[kind])
	});
	items.push({ label: s.appointmentMode, values: [s.appointmentModes[source.appointmentMode]] });
	return items;
}

/** The summary as lines of a plain-text mail. */
export function summaryAsText(items: SummaryItem[], t: SummaryMessages): string {
	const s = t.tracking.summary;
	return items
		.map((item) =>
			item.values.length > 1
				? `${s.listLabel(item.label)}\n${item.values.map((value) => `  - ${value}`).join('\n')}`
				: s.labelled(item.label, item.values[0] ?? '')
		)
		.join('\n');
}
