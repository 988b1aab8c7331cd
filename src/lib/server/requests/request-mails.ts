import { eq, inArray } from 'drizzle-orm';
import { todayInParis } from '$lib/time/paris';
import { summarizeRequest, summaryAsText } from '$lib/requests/request-summary';
import { needOf } from '$lib/requests/request-view';
import { communes, relays, type ChildcareRequest, type RequestChild } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueFamilyMail } from './family-mail';

type MailedRequest = Pick<
	ChildcareRequest,
	| 'id'
	| 'relayId'
	| 'reference'
	| 'email'
	| 'parentNames'
	| 'residenceInsee'
	| 'workInsee'
	| 'desiredStart'
	| 'latestStart'
	| 'regularity'
	| 'weeklySchedule'
	| 'variableHours'
	| 'atypicalEarly'
	| 'atypicalLate'
	| 'atypicalSaturday'
	| 'atypicalSunday'
	| 'atypicalNight'
	| 'periscolaire'
	| 'careKinds'
	| 'appointmentMode'
>;

/**
 * Queues the confirmation of a new request: its reference, a summary, what happens next and
 * the tracking link. Call it in the transaction that stores the request.
 */
export async function enqueueConfirmationMail(
	tx: Db,
	request: MailedRequest,
	children: Pick<RequestChild, 'position' | 'birthDate' | 'expectedBirthDate'>[],
	token: string,
	now: Date
): Promise<void> {
	if (!request.email) return;
	const relay = await relayOf(tx, request.relayId);
	const codes = [request.residenceInsee, ...(request.workInsee ? [request.workInsee] : [])];
	const names = new Map(
		(
			await tx
				.select({ code: communes.inseeCode, name: communes.name })
				.from(communes)
				.where(inArray(communes.inseeCode, codes))
		).map((c) => [c.code, c.name])
	);
	const source = {
		children,
		residenceName: names.get(request.residenceInsee) ?? request.residenceInsee,
		workName: request.workInsee ? (names.get(request.workInsee) ?? request.workInsee) : null,
		...needOf(request),
		appointmentMode: request.appointmentMode
	};
	await enqueueFamilyMail(tx, familyOf(request, token), (link, { t }) => ({
		subject: t.familyMail.requestConfirmation.subject(request.reference),
		text: `${t.familyMail.requestConfirmation.text({
			parentNames: request.parentNames,
			relayName: relay.name,
			reference: request.reference,
			summary: summaryAsText(summarizeRequest(source, todayInParis(now), t), t),
			targetDays: relay.targetDaysToAppointment,
			link,
			relayPhone: relay.phone,
			relayEmail: relay.email
		})}\n\n${t.familyMail.signature(relay.name)}`
	}));
}

/** Queues a new tracking link (the previous one no longer works). */
export async function enqueueTrackingLinkMail(
	tx: Db,
	request: Pick<ChildcareRequest, 'id' | 'relayId' | 'reference' | 'email' | 'parentNames'>,
	token: string
): Promise<void> {
	if (!request.email) return;
	const relay = await relayOf(tx, request.relayId);
	await enqueueFamilyMail(tx, familyOf(request, token), (link, { t }) => ({
		subject: t.familyMail.trackingLink.subject(request.reference),
		text: `${t.familyMail.trackingLink.text({
			parentNames: request.parentNames,
			relayName: relay.name,
			reference: request.reference,
			link
		})}\n\n${t.familyMail.signature(relay.name)}`
	}));
}

/** These two mails carry the token just issued, the one the family keeps. */
const familyOf = (request: Pick<ChildcareRequest, 'id' | 'relayId' | 'email'>, token: string) => ({
	requestId: request.id,
	relayId: request.relayId,
	email: request.email,
	token
});

async function relayOf(tx: Db, relayId: string) {
	const [relay] = await tx
		.select({
			name: relays.name,
			phone: relays.phone,
			email: relays.email,
			targetDaysToAppointment: relays.targetDaysToAppointment
		})
		.from(relays)
		.where(eq(relays.id, relayId));
	if (!relay) throw new Error(`relay ${relayId} not found`);
	return relay;
}
