import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Db } from '../db/types';
import { requestDrafts } from '../db/schema';
import type { RawFields } from '$lib/forms/parse-form';
import type { RequestStep } from '$lib/forms/childcare-request';
import { requestChannels, type RequestChannel } from '$lib/childcare-request-options';
import { isUuid } from '$lib/ids';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { allowNewDraft } from './public-form-limits';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A draft lives a day: long enough to finish the form, short for personal data nobody sent. */
export const DRAFT_LIFETIME_MS = 24 * 3_600_000;

/** The animator who takes a request by phone or at the desk, and their relay. */
export interface EnteredBy {
	userId: string;
	relayId: string;
}

/** What a draft holds: what was typed at each step, valid or not, so nothing typed is lost. */
export interface DraftData {
	channel: RequestChannel;
	steps: Partial<Record<RequestStep, RawFields>>;
	/** Null for a family's own online request. */
	enteredBy: EnteredBy | null;
	/**
	 * A request forwarded by monenfant.fr: the day the family made it there (YYYY-MM-DD), its
	 * arrival in the queue. Null for every other channel: the request arrives when sent.
	 */
	arrivedOn: string | null;
	/**
	 * The family's language, as the animator who enters its request noted it: its mails and
	 * tracking pages speak it, whatever the language of the pages the animator fills. Null for
	 * a family's own online request, which takes the language of the page it is sent from.
	 */
	locale: Locale | null;
}

export interface Draft {
	id: string;
	data: DraftData;
}

function asDraftData(value: Record<string, unknown>): DraftData {
	const channel =
		requestChannels.find((known) => known === value.channel && known !== 'online') ?? 'online';
	const steps = (
		value.steps && typeof value.steps === 'object' ? value.steps : {}
	) as DraftData['steps'];
	const by = value.enteredBy as Partial<EnteredBy> | null | undefined;
	const enteredBy =
		by && typeof by.userId === 'string' && typeof by.relayId === 'string'
			? { userId: by.userId, relayId: by.relayId }
			: null;
	const arrivedOn =
		channel === 'monenfant' && typeof value.arrivedOn === 'string' && ISO_DATE.test(value.arrivedOn)
			? value.arrivedOn
			: null;
	const locale = enteredBy && isLocale(value.locale) ? value.locale : null;
	return { channel, steps, enteredBy, arrivedOn, locale };
}

export async function createDraft(
	db: Db,
	channel: RequestChannel,
	now = new Date(),
	enteredBy: EnteredBy | null = null,
	arrivedOn: string | null = null,
	locale: Locale | null = null
): Promise<string> {
	const data: DraftData = { channel, steps: {}, enteredBy, arrivedOn, locale };
	const [draft] = await db
		.insert(requestDrafts)
		.values({
			data: { ...data },
			createdAt: now,
			expiresAt: new Date(now.getTime() + DRAFT_LIFETIME_MS)
		})
		.returning({ id: requestDrafts.id });
	if (!draft) throw new Error('draft insert returned nothing');
	return draft.id;
}

/**
 * A family starts the open form from `address`: a new draft, or null when that address has
 * started too many within the hour (public-form-limits.ts); then nothing is stored.
 */
export async function startOnlineDraft(
	db: Db,
	address: string,
	now = new Date()
): Promise<string | null> {
	if (!(await allowNewDraft(db, address, now))) return null;
	return createDraft(db, 'online', now);
}

export async function loadDraft(db: Db, id: string, now = new Date()): Promise<Draft | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select()
		.from(requestDrafts)
		.where(and(eq(requestDrafts.id, id), gt(requestDrafts.expiresAt, now)));
	return row ? { id: row.id, data: asDraftData(row.data) } : null;
}

/** Keeps what was typed at a step (even invalid: going back must find it) and extends the life. */
export async function saveDraftStep(
	db: Db,
	draft: Draft,
	step: RequestStep,
	raw: RawFields,
	now = new Date()
) {
	const data: DraftData = { ...draft.data, steps: { ...draft.data.steps, [step]: raw } };
	await db
		.update(requestDrafts)
		.set({ data: { ...data }, expiresAt: new Date(now.getTime() + DRAFT_LIFETIME_MS) })
		.where(eq(requestDrafts.id, draft.id));
	return { ...draft, data };
}

export async function deleteDraft(db: Db, id: string) {
	await db.delete(requestDrafts).where(eq(requestDrafts.id, id));
}

/**
 * However often it is saved, a draft never sent is gone three days after it was started: each
 * step extends its life by a day, and personal data nobody sent must not stay "a few days" more.
 */
export const DRAFT_MAX_AGE_MS = 3 * DRAFT_LIFETIME_MS;

export async function pruneExpiredDrafts(db: Db, now = new Date()) {
	await db
		.delete(requestDrafts)
		.where(
			or(
				lt(requestDrafts.expiresAt, now),
				lt(requestDrafts.createdAt, new Date(now.getTime() - DRAFT_MAX_AGE_MS))
			)
		);
}
