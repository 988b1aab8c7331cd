CREATE TYPE "public"."anonymisation_cause" AS ENUM('retention', 'family', 'desk');--> statement-breakpoint
CREATE TYPE "public"."child_age_band" AS ENUM('under_6m', 'm6_11', 'm12_23', 'm24_35', 'y3_plus');--> statement-breakpoint
CREATE TYPE "public"."relay_closure_reason" AS ENUM('unreachable', 'duplicate', 'out_of_territory', 'other');--> statement-breakpoint
CREATE TYPE "public"."care_found_kind" AS ENUM('childminder_home', 'mam', 'creche', 'micro_creche', 'creche_familiale', 'home_carer', 'shared_home_carer', 'periscolaire', 'family_arrangement', 'other');--> statement-breakpoint
CREATE TYPE "public"."follow_up_answer" AS ENUM('found', 'still_looking', 'no_longer_needed');--> statement-breakpoint
CREATE TYPE "public"."no_solution_reason" AS ENUM('no_place_at_hours', 'too_far', 'too_expensive', 'no_place_for_age', 'disability_not_accommodated', 'family_gave_up', 'moved_away', 'unreachable', 'no_longer_needed', 'other');--> statement-breakpoint
CREATE TYPE "public"."outcome_source" AS ENUM('relay', 'family');--> statement-breakpoint
CREATE TABLE "request_follow_ups" (
	"request_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" "follow_up_answer",
	"answered_at" timestamp with time zone,
	CONSTRAINT "request_follow_ups_request_id_stage_pk" PRIMARY KEY("request_id","stage"),
	CONSTRAINT "request_follow_ups_stage" CHECK ("request_follow_ups"."stage" in (30, 90)),
	CONSTRAINT "request_follow_ups_answer" CHECK (("request_follow_ups"."answer" is null) = ("request_follow_ups"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "request_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"source" "outcome_source" NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"found" boolean NOT NULL,
	"care_kind" "care_found_kind",
	"start_date" date,
	"from_relay_list" boolean,
	"no_solution_reason" "no_solution_reason",
	"follow_up_stage" smallint,
	"reopened_at" timestamp with time zone,
	CONSTRAINT "request_outcomes_found" CHECK (("request_outcomes"."found" and "request_outcomes"."care_kind" is not null and "request_outcomes"."no_solution_reason" is null) or (not "request_outcomes"."found" and "request_outcomes"."no_solution_reason" is not null and "request_outcomes"."care_kind" is null and "request_outcomes"."start_date" is null and "request_outcomes"."from_relay_list" is null)),
	CONSTRAINT "request_outcomes_source" CHECK (("request_outcomes"."source" = 'relay') = ("request_outcomes"."recorded_by" is not null) and ("request_outcomes"."source" = 'family') = ("request_outcomes"."follow_up_stage" is not null)),
	CONSTRAINT "request_outcomes_stage" CHECK ("request_outcomes"."follow_up_stage" is null or "request_outcomes"."follow_up_stage" in (30, 90))
);
--> statement-breakpoint
ALTER TABLE "childcare_requests" DROP CONSTRAINT "childcare_requests_contact";--> statement-breakpoint
ALTER TABLE "childcare_requests" DROP CONSTRAINT "childcare_requests_phone_mode";--> statement-breakpoint
ALTER TABLE "childcare_requests" DROP CONSTRAINT "childcare_requests_online_email";--> statement-breakpoint
ALTER TABLE "request_children" DROP CONSTRAINT "request_children_one_date";--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "request_id" uuid;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD COLUMN "closure_reason" "relay_closure_reason";--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD COLUMN "duplicate_of_id" uuid;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD COLUMN "anonymisation_cause" "anonymisation_cause";--> statement-breakpoint
ALTER TABLE "request_children" ADD COLUMN "age_band" "child_age_band";--> statement-breakpoint
-- Hand-added: the bands of the children already there, from their age at the desired start.
UPDATE "request_children" c SET "age_band" = (
	SELECT CASE
		WHEN m < 6 THEN 'under_6m'
		WHEN m < 12 THEN 'm6_11'
		WHEN m < 24 THEN 'm12_23'
		WHEN m < 36 THEN 'm24_35'
		ELSE 'y3_plus'
	END::"child_age_band"
	FROM (
		SELECT (extract(year FROM a) * 12 + extract(month FROM a))::int AS m
		FROM (
			SELECT age(r."desired_start", coalesce(c."birth_date", c."expected_birth_date")) AS a
			FROM "childcare_requests" r WHERE r."id" = c."request_id"
		) ages
	) months
);--> statement-breakpoint
ALTER TABLE "request_children" ALTER COLUMN "age_band" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "request_follow_ups" ADD CONSTRAINT "request_follow_ups_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_outcomes" ADD CONSTRAINT "request_outcomes_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_outcomes" ADD CONSTRAINT "request_outcomes_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_outcomes_request_idx" ON "request_outcomes" USING btree ("request_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "request_outcomes_one_current" ON "request_outcomes" USING btree ("request_id") WHERE "request_outcomes"."reopened_at" is null;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_duplicate_of_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."childcare_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_request_idx" ON "mail_outbox" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "childcare_requests_retention_idx" ON "childcare_requests" USING btree ("retention_until") WHERE "childcare_requests"."anonymised_at" is null;--> statement-breakpoint
-- Hand-added: the closure reason and duplicate link of requests already closed by the relay,
-- from their closing event; and their retention date, at the default 24 months.
UPDATE "childcare_requests" r SET
	"closure_reason" = coalesce(e."details"->>'reason', 'other')::"relay_closure_reason",
	"duplicate_of_id" = CASE WHEN e."details"->>'reason' = 'duplicate'
		THEN (e."details"->>'duplicateOfId')::uuid END
FROM (
	SELECT DISTINCT ON ("request_id") "request_id", "details"
	FROM "request_events" WHERE "kind" = 'closed' AND "details"->>'status' = 'closed_by_relay'
	ORDER BY "request_id", "at" DESC
) e
WHERE e."request_id" = r."id" AND r."status" = 'closed_by_relay';--> statement-breakpoint
UPDATE "childcare_requests" SET "closure_reason" = 'other'
WHERE "status" = 'closed_by_relay' AND "closure_reason" IS NULL;--> statement-breakpoint
UPDATE "childcare_requests" SET "retention_until" = ("closed_at" + interval '24 months')::date
WHERE "closed_at" IS NOT NULL AND "retention_until" IS NULL;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_closure_reason" CHECK (("childcare_requests"."closure_reason" is null) = ("childcare_requests"."status" <> 'closed_by_relay'));--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_duplicate_of" CHECK ("childcare_requests"."duplicate_of_id" is null or "childcare_requests"."closure_reason" = 'duplicate');--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_anonymised" CHECK (("childcare_requests"."anonymised_at" is null) = ("childcare_requests"."anonymisation_cause" is null));--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_contact" CHECK ("childcare_requests"."anonymised_at" is not null or "childcare_requests"."email" is not null or "childcare_requests"."phone" is not null);--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_phone_mode" CHECK ("childcare_requests"."anonymised_at" is not null or "childcare_requests"."appointment_mode" <> 'phone' or "childcare_requests"."phone" is not null);--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_online_email" CHECK ("childcare_requests"."anonymised_at" is not null or "childcare_requests"."channel" <> 'online' or "childcare_requests"."email" is not null);--> statement-breakpoint
ALTER TABLE "request_children" ADD CONSTRAINT "request_children_one_date" CHECK ("request_children"."birth_date" is null or "request_children"."expected_birth_date" is null);