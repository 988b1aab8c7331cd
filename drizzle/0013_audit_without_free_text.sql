-- Hand-written: a data migration, which drizzle's schema cannot express.
-- The audit log outlives a request's retention (it is append-only), so it must not hold words
-- a staff member wrote about a family: the reason for taking a request out of turn
-- (`request.taken`) and for moving it to another relay (`request.transferred`) now live only in
-- the request's event, which the erasure of the family's personal data empties
-- (requests/retention). Existing entries: their reason is first copied to the matching event
-- when that event lacks it (the nearest event of the same kind, same request), then removed from
-- the audit entry. The append-only trigger is disabled for that one statement only, inside this
-- migration's transaction.
UPDATE request_events AS e
SET details = e.details || jsonb_build_object('reason', a.details->'reason')
	|| CASE WHEN a.details ? 'olderWaiting' AND NOT e.details ? 'olderWaiting'
		THEN jsonb_build_object('olderWaiting', a.details->'olderWaiting') ELSE '{}'::jsonb END
FROM audit_log AS a
WHERE a.action IN ('request.taken', 'request.transferred')
	AND a.entity_type = 'childcare_request'
	AND a.details ? 'reason'
	AND e.id = (
		SELECT m.id FROM request_events AS m
		WHERE m.request_id::text = a.entity_id
			AND m.kind = CASE a.action WHEN 'request.taken' THEN 'taken' ELSE 'transferred' END
		ORDER BY abs(extract(epoch FROM m.at - a.at)), m.id
		LIMIT 1
	)
	AND NOT e.details ? 'reason';
--> statement-breakpoint
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
UPDATE audit_log SET details = details - 'reason'
WHERE action IN ('request.taken', 'request.transferred') AND details ? 'reason';
--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
