import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/types';
import { rowsOf } from './rows';

/*
 * What no observatory page or file may hold: a marker written into a request's personal
 * fields, a request's reference (VO-2026-00042), a request's id, its family's email or phone.
 * Shared by the integration test (domain functions) and the E2E test (pages and files).
 */

/** Every marker in the demo-wide marking starts with this (case-insensitive). */
export const MARKER_PREFIX = 'MRK';

export interface Forbidden {
	/** Markers of the personal fields (names, contacts, comments, notes, reasons…). */
	markers: string[];
	references: Set<string>;
	requestIds: Set<string>;
	emails: Set<string>;
	phones: Set<string>;
}

/**
 * Writes a marker of its own into every personal field of every request that has not one yet
 * (the demo's), and into every free text about it: notes, contact-log notes, event details.
 * The marked requests of `marked-request.ts` already carry theirs.
 */
export async function markEveryRequest(db: Database): Promise<void> {
	await db.execute(sql`
		update childcare_requests set
			parent_names = ${MARKER_PREFIX} || 'P' || substr(id::text, 1, 8) || '-nom',
			email = case when email is null then null
				else lower(${MARKER_PREFIX}) || 'p' || substr(id::text, 1, 8) || '@marque.test' end,
			contact_times = ${MARKER_PREFIX} || 'P' || substr(id::text, 1, 8) || '-horaires',
			home_language = ${MARKER_PREFIX} || 'P' || substr(id::text, 1, 8) || '-langue',
			comment = ${MARKER_PREFIX} || 'P' || substr(id::text, 1, 8) || '-commentaire'
		where anonymised_at is null and parent_names not like ${`${MARKER_PREFIX}%`}`);
	await db.execute(sql`
		update request_notes set body = ${MARKER_PREFIX} || 'N' || substr(request_id::text, 1, 8) || '-note'
		where body not like ${`${MARKER_PREFIX}%`}`);
	await db.execute(sql`
		update request_contacts set note = ${MARKER_PREFIX} || 'C' || substr(request_id::text, 1, 8) || '-appel'
		where note <> '' and note not like ${`${MARKER_PREFIX}%`}`);
}

/** What the database says must never be published: read after the marking. */
export async function forbiddenOf(db: Database): Promise<Forbidden> {
	const rows = rowsOf<{
		id: string;
		reference: string;
		email: string | null;
		phone: string | null;
		parent_names: string;
		contact_times: string;
		home_language: string;
		comment: string;
	}>(
		await db.execute(sql`select id::text, reference, email, phone, parent_names, contact_times,
			home_language, comment from childcare_requests`)
	);
	const appointmentPhones = rowsOf<{ phone: string }>(
		await db.execute(sql`select phone from appointments where phone is not null`)
	).map((r) => r.phone);
	const notes = rowsOf<{ text: string }>(
		await db.execute(sql`select body as text from request_notes
			union all select note from request_contacts where note is not null and note <> ''`)
	).map((r) => r.text);
	const markers = [
		...rows.flatMap((r) => [r.parent_names, r.contact_times, r.home_language, r.comment]),
		...notes
	].filter((text) => text.length >= 6);
	return {
		markers,
		references: new Set(rows.map((r) => r.reference)),
		requestIds: new Set(rows.map((r) => r.id.toLowerCase())),
		emails: new Set(rows.flatMap((r) => (r.email ? [r.email.toLowerCase()] : []))),
		phones: new Set(
			[...rows.flatMap((r) => (r.phone ? [r.phone] : [])), ...appointmentPhones].map(digitsOf)
		)
	};
}

const digitsOf = (phone: string) => phone.replace(/\D/g, '').replace(/^33/, '0');

/**
 * What of the forbidden a text holds, as readable findings (empty: nothing). Markers are found
 * by their prefix and by their whole text; ids, references, emails and phones by their shape,
 * then looked up, so that a long text is read once.
 */
export function leaksIn(text: string, forbidden: Forbidden): string[] {
	const found: string[] = [];
	const lower = text.toLowerCase();
	const at = lower.indexOf(MARKER_PREFIX.toLowerCase());
	if (at >= 0) found.push(`marker prefix: …${text.slice(Math.max(0, at - 20), at + 40)}…`);
	for (const marker of forbidden.markers) {
		if (!marker.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase()))
			if (lower.includes(marker.toLowerCase())) found.push(`marker: ${marker}`);
	}
	for (const [id] of lower.matchAll(
		/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
	))
		if (forbidden.requestIds.has(id)) found.push(`request id: ${id}`);
	for (const [reference] of text.matchAll(/(?<![A-Za-z0-9])[A-Z]{2,4}-\d{4}-\d{5}(?!\d)/g))
		found.push(
			forbidden.references.has(reference)
				? `request reference: ${reference}`
				: `a request reference's shape: ${reference}`
		);
	for (const [email] of lower.matchAll(/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/g))
		if (forbidden.emails.has(email)) found.push(`family email: ${email}`);
	for (const [phone] of text.matchAll(
		/(?<![\dA-Za-z-])(?:\+33|0)[\s.]?[1-9](?:[\s.]?\d{2}){4}(?!\d)/g
	))
		if (forbidden.phones.has(digitsOf(phone))) found.push(`family phone: ${phone}`);
	return found;
}
