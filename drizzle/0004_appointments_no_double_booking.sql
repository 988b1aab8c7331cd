-- Hand-written: drizzle's schema cannot declare an exclusion constraint.
-- An animator can never be booked twice for overlapping times, whatever the code does and
-- however many requests race: the database refuses the second row (SQLSTATE 23P01).
-- Offered slots count too (they are held for the family), until released or cancelled.
-- btree_gist lets the gist index compare the animator's uuid with `=`. PGlite loads the
-- extension at creation (connect.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap
EXCLUDE USING gist (
	animator_id WITH =,
	tstzrange(starts_at, ends_at, '[)') WITH &&
) WHERE (status IN ('offered', 'booked', 'attended', 'no_show'));
