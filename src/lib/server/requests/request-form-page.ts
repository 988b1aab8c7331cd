import { eq } from 'drizzle-orm';
import type { Database, Db } from '../db/types';
import { childcareRequests, relays, type Commune } from '../db/schema';
import type { RawFields } from '$lib/forms/parse-form';
import type { ChildcareRequestInput, RequestStep } from '$lib/forms/childcare-request';
import { stepCount, stepNumber } from '$lib/forms/request-steps';
import type { RequestChannel } from '$lib/childcare-request-options';
import { deriveAtypicalFlags, type AtypicalFlags } from '$lib/requests/atypical-hours';
import { todayInParis } from '$lib/time/paris';
import { isServed, listKnownCommunes } from '../territory/find-commune';
import { allowSubmission } from './public-form-limits';
import { deleteDraft, loadDraft, type Draft } from './drafts';
import { assembleRequest, type StepContext } from './request-form';
import { submitChildcareRequest } from './submit-request';
import { INFORMATION_NOTICE_VERSION } from './information-notice';
import { arrivalInstant } from './arrival';
import { familyMessagesOf, type FamilyMessages } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';

/** What a step is checked against; `t`, the page's messages, words its errors. */
export async function stepContext(
	db: Db,
	channel: RequestChannel,
	t: FamilyMessages,
	now = new Date()
): Promise<StepContext> {
	return { today: todayInParis(now), channel, communes: await listKnownCommunes(db), t };
}

export interface RequestSummary {
	input: ChildcareRequestInput;
	residenceName: string;
	workName: string | null;
	flags: AtypicalFlags;
}

/** What a step's page shows: what was typed there, and what that step needs to render. */
export async function loadStepPage(db: Db, draft: Draft, step: RequestStep, t: FamilyMessages) {
	const ctx = await stepContext(db, draft.data.channel, t);
	const values: RawFields = draft.data.steps[step] ?? {};
	const page = {
		draftId: draft.id,
		enteredByStaff: draft.data.enteredBy !== null,
		step,
		stepNumber: stepNumber(step),
		stepCount,
		channel: draft.data.channel,
		values,
		communes: [] as Pick<Commune, 'inseeCode' | 'name' | 'postalCodes'>[],
		summary: null as RequestSummary | null,
		invalidStep: null as RequestStep | null
	};
	if (step === 'commune') {
		// The browser's suggestions while typing: only the communes where a request can be made.
		page.communes = ctx.communes.filter(isServed).map(({ inseeCode, name, postalCodes }) => ({
			inseeCode,
			name,
			postalCodes
		}));
	}
	if (step === 'send') {
		// The summary re-validates every step; the send step itself is not filled in yet.
		const assembled = assembleRequest({ ...draft.data.steps, send: { consent: 'on' } }, ctx);
		if (assembled.ok) {
			const nameOf = (insee: string | null) =>
				ctx.communes.find((c) => c.inseeCode === insee)?.name ?? null;
			page.summary = {
				input: assembled.input,
				residenceName: nameOf(assembled.input.residenceInsee) ?? '',
				workName: nameOf(assembled.input.workInsee),
				flags: deriveAtypicalFlags(assembled.input.need.weeklySchedule)
			};
		} else {
			page.invalidStep = assembled.step;
		}
	}
	return page;
}

export type SendOutcome =
	| { kind: 'sent'; idempotencyKey: string; reference: string; enteredByStaff: boolean }
	| { kind: 'invalid'; step: RequestStep }
	| { kind: 'rate_limited' }
	| { kind: 'spam' };

/**
 * The last press: honeypot, per-address limit, full re-validation, then one stored request.
 * `locale`, the language of the page it was sent from, is stored with it: the request's mails,
 * invitations and tracking pages are then in that language.
 */
export async function sendDraftedRequest(
	db: Database,
	draftId: string,
	raw: RawFields,
	ip: string,
	locale: Locale
): Promise<SendOutcome> {
	// Hidden from people (and from assistive technologies); robots fill every field.
	if (typeof raw.website === 'string' && raw.website.trim() !== '') return { kind: 'spam' };
	const draft = await loadDraft(db, draftId);
	if (!draft) {
		const sent = await findSubmittedRequest(db, draftId);
		return sent
			? {
					kind: 'sent',
					idempotencyKey: draftId,
					reference: sent.reference,
					enteredByStaff: sent.channel !== 'online'
				}
			: { kind: 'invalid', step: 'contact' };
	}
	const ctx = await stepContext(db, draft.data.channel, familyMessagesOf(locale));
	const assembled = assembleRequest(draft.data.steps, ctx);
	if (!assembled.ok) return { kind: 'invalid', step: assembled.step };
	const { enteredBy } = draft.data;
	// The public limit is for the open form; an animator at the desk is signed in and audited.
	if (!enteredBy) {
		if (!(await allowSubmission(db, ip))) return { kind: 'rate_limited' };
	}
	const now = new Date();
	// The request and the end of its draft commit together: a connection lost in between
	// (the database restarting) never leaves a stored request whose draft can still be edited.
	const result = await db.transaction(async (tx) => {
		const stored = await submitChildcareRequest(tx, assembled.input, {
			channel: draft.data.channel,
			now,
			receivedAt: arrivalInstant(draft.data.arrivedOn, now),
			idempotencyKey: draft.id,
			actor: enteredBy ? { kind: 'staff', userId: enteredBy.userId } : { kind: 'family' },
			noticeVersion: INFORMATION_NOTICE_VERSION,
			// A request entered by the relay speaks the language the animator noted, not the
			// language of the pages the animator fills (French).
			locale: draft.data.locale ?? locale
		});
		await deleteDraft(tx, draft.id);
		return stored;
	});
	return {
		kind: 'sent',
		idempotencyKey: draft.id,
		reference: result.reference,
		enteredByStaff: enteredBy !== null
	};
}

/** The confirmation page's facts, found by the form's key (a UUID nobody can guess). */
export async function findSubmittedRequest(db: Db, idempotencyKey: string) {
	if (!/^[0-9a-f-]{36}$/i.test(idempotencyKey)) return null;
	const [row] = await db
		.select({
			reference: childcareRequests.reference,
			channel: childcareRequests.channel,
			hasEmail: childcareRequests.email,
			relayName: relays.name,
			relayPhone: relays.phone,
			targetDays: relays.targetDaysToAppointment
		})
		.from(childcareRequests)
		.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
		.where(eq(childcareRequests.idempotencyKey, idempotencyKey));
	return row ? { ...row, hasEmail: row.hasEmail !== null } : null;
}
