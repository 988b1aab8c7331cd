-- Hand-written: drizzle's schema cannot declare triggers.
-- A list handed to a family is the proof of neutrality (filters, seed, ids in order, data
-- shown): once written it never changes. Deleting stays possible, with its request, when the
-- request's personal data reach their retention date.
CREATE FUNCTION family_lists_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'family_lists rows are immutable' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER family_lists_immutable
BEFORE UPDATE ON family_lists
FOR EACH ROW EXECUTE FUNCTION family_lists_refuse_update();
