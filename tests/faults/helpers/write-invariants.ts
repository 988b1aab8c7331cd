import type { Sql } from 'postgres';

/**
 * What "no partial record" means in this schema, as SQL over what was written since `since`:
 * each query returns the rows that break one rule, so an empty result is a pass and a failure
 * names the records. Writes that belong together are one transaction in the code; `now()` is
 * the transaction's start, so rows that share a column defaulted to it (the audit entry's
 * `at`, the mail's `created_at`) were committed by the same transaction.
 */
export async function partialRecords(sql: Sql, since: Date): Promise<Record<string, unknown[]>> {
	const broken: Record<string, unknown[]> = {};

	// A stored request has its child, its "received" event, its audit entry and, with an email,
	// its confirmation mail written by the same transaction.
	broken['requests without all their parts'] = [
		...(await sql`
		select r.reference, r.email is not null as has_email, x.*
		from childcare_requests r
		cross join lateral (
			select
				(select count(*)::int from request_children c where c.request_id = r.id) as children,
				(select count(*)::int from request_events e
					where e.request_id = r.id and e.kind = 'received') as received_events,
				(select count(*)::int from audit_log a
					where a.entity_id = r.id::text and a.action = 'request.received') as audit_entries,
				(select count(*)::int from mail_outbox m
					where m.request_id = r.id and m.created_at = (
						select a.at from audit_log a
						where a.entity_id = r.id::text and a.action = 'request.received' limit 1
					)) as confirmations
		) x
		where r.received_at >= ${since}
			and (x.children <> 1 or x.received_events <> 1 or x.audit_entries <> 1
				or x.confirmations <> (case when r.email is null then 0 else 1 end))`)
	];

	// The public form deletes its draft in the transaction that stores the request.
	broken['drafts still open for a stored request'] = [
		...(await sql`
		select d.id from request_drafts d join childcare_requests r on r.idempotency_key = d.id`)
	];

	// Every status change (a take, a booking) has its story event and its audit entry.
	broken['status changes without their event or audit entry'] = [
		...(await sql`
		select r.reference, x.*
		from childcare_requests r
		cross join lateral (
			select
				(select count(*)::int from request_events e
					where e.request_id = r.id and e.at >= ${since} and e.details ? 'status') as events,
				(select count(*)::int from audit_log a
					where a.entity_id = r.id::text and a.at >= ${since}
						and a.action in ('request.taken', 'request.status_changed')) as audit_entries
		) x
		where (x.events <> x.audit_entries)
			or (r.updated_at >= ${since} and r.status <> 'received' and x.events = 0)`)
	];

	// A taken request is assigned to someone.
	broken['taken requests nobody holds'] = [
		...(await sql`
		select r.reference from childcare_requests r
		where r.status = 'in_progress' and r.assigned_to is null`)
	];

	// An appointment booked comes with the request's move, its event, its audit entry and,
	// when the family gave an email, its invitation from the same transaction.
	broken['appointments without all their parts'] = [
		...(await sql`
		select a.id, r.reference, r.status, x.*
		from appointments a
		join childcare_requests r on r.id = a.request_id
		cross join lateral (
			select
				(select count(*)::int from audit_log l
					where l.entity_id = a.id::text and l.action = 'appointment.booked') as audit_entries,
				(select count(*)::int from request_events e
					where e.request_id = r.id and e.details ->> 'appointmentId' = a.id::text) as events,
				(select count(*)::int from mail_outbox m
					where m.request_id = r.id and m.created_at = (
						select l.at from audit_log l
						where l.entity_id = a.id::text and l.action = 'appointment.booked' limit 1
					)) as mails
		) x
		where a.created_at >= ${since}
			and (a.status <> 'booked' or r.status <> 'appointment_booked' or x.audit_entries <> 1
				or x.events <> 1 or x.mails <> (case when r.email is null then 0 else 1 end))`)
	];

	// And no request says "appointment booked" without exactly one booked appointment.
	broken['booked requests without one appointment'] = [
		...(await sql`
		select r.reference,
			(select count(*)::int from appointments a
				where a.request_id = r.id and a.status = 'booked') as booked
		from childcare_requests r
		where r.status = 'appointment_booked' and r.updated_at >= ${since}
			and (select count(*) from appointments a
				where a.request_id = r.id and a.status = 'booked') <> 1`)
	];

	return broken;
}
