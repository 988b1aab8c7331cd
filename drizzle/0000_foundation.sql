CREATE TYPE "public"."staff_role" AS ENUM('admin', 'animator', 'official');--> statement-breakpoint
CREATE TYPE "public"."audit_actor_kind" AS ENUM('staff', 'family', 'system');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."appointment_mode" AS ENUM('relay', 'phone');--> statement-breakpoint
CREATE TYPE "public"."request_channel" AS ENUM('online', 'phone', 'desk');--> statement-breakpoint
CREATE TYPE "public"."request_regularity" AS ENUM('regular', 'occasional');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('received', 'in_progress', 'appointment_booked', 'appointment_held', 'solution_recorded', 'closed_without_solution', 'cancelled_by_family', 'closed_by_relay');--> statement-breakpoint
CREATE TABLE "communes" (
	"insee_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"postal_codes" text[] NOT NULL,
	"relay_id" uuid,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	CONSTRAINT "communes_insee_format" CHECK ("communes"."insee_code" ~ '^[0-9][0-9AB][0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "reception_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"access_notes" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"reference_code" text NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"target_days_to_appointment" integer DEFAULT 7 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relays_slug_unique" UNIQUE("slug"),
	CONSTRAINT "relays_reference_code_unique" UNIQUE("reference_code"),
	CONSTRAINT "relays_target_days_positive" CHECK ("relays"."target_days_to_appointment" between 1 and 60),
	CONSTRAINT "relays_slug_format" CHECK ("relays"."slug" ~ '^[a-z0-9-]+$'),
	CONSTRAINT "relays_reference_code_format" CHECK ("relays"."reference_code" ~ '^[A-Z]{2,4}$')
);
--> statement-breakpoint
CREATE TABLE "password_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "password_tokens_id_is_hash" CHECK (length("password_tokens"."id") = 64)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"relay_id" uuid NOT NULL,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_kind" "audit_actor_kind" NOT NULL,
	"actor_id" uuid,
	"relay_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mail_outbox_attempts_non_negative" CHECK ("mail_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "childcare_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" "request_status" DEFAULT 'received' NOT NULL,
	"channel" "request_channel" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"tracking_token_hash" text NOT NULL,
	"parent_names" text NOT NULL,
	"email" text,
	"phone" text,
	"appointment_mode" "appointment_mode" NOT NULL,
	"contact_times" text DEFAULT '' NOT NULL,
	"home_language" text DEFAULT '' NOT NULL,
	"residence_insee" text NOT NULL,
	"work_insee" text,
	"desired_start" date NOT NULL,
	"latest_start" date,
	"regularity" "request_regularity" NOT NULL,
	"weekly_schedule" jsonb NOT NULL,
	"variable_hours" boolean DEFAULT false NOT NULL,
	"atypical_early" boolean DEFAULT false NOT NULL,
	"atypical_late" boolean DEFAULT false NOT NULL,
	"atypical_saturday" boolean DEFAULT false NOT NULL,
	"atypical_sunday" boolean DEFAULT false NOT NULL,
	"atypical_night" boolean DEFAULT false NOT NULL,
	"periscolaire" text[] DEFAULT '{}' NOT NULL,
	"care_kinds" text[] NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"notice_version" text NOT NULL,
	"assigned_to" uuid,
	"closed_at" timestamp with time zone,
	"retention_until" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childcare_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "childcare_requests_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "childcare_requests_tracking_token_hash_unique" UNIQUE("tracking_token_hash"),
	CONSTRAINT "childcare_requests_contact" CHECK ("childcare_requests"."email" is not null or "childcare_requests"."phone" is not null),
	CONSTRAINT "childcare_requests_phone_mode" CHECK ("childcare_requests"."appointment_mode" <> 'phone' or "childcare_requests"."phone" is not null),
	CONSTRAINT "childcare_requests_latest_after_start" CHECK ("childcare_requests"."latest_start" is null or "childcare_requests"."latest_start" >= "childcare_requests"."desired_start"),
	CONSTRAINT "childcare_requests_care_kinds" CHECK (cardinality("childcare_requests"."care_kinds") > 0),
	CONSTRAINT "childcare_requests_comment_length" CHECK (char_length("childcare_requests"."comment") <= 2000),
	CONSTRAINT "childcare_requests_online_email" CHECK ("childcare_requests"."channel" <> 'online' or "childcare_requests"."email" is not null)
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_limit_hits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"birth_date" date,
	"expected_birth_date" date,
	"needs_support" boolean,
	CONSTRAINT "request_children_one_date" CHECK (("request_children"."birth_date" is null) <> ("request_children"."expected_birth_date" is null)),
	CONSTRAINT "request_children_position" CHECK ("request_children"."position" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "request_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" "audit_actor_kind" NOT NULL,
	"actor_id" uuid,
	"visible_to_family" boolean DEFAULT true NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_reference_counters" (
	"relay_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "request_reference_counters_relay_id_year_pk" PRIMARY KEY("relay_id","year")
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_places" ADD CONSTRAINT "reception_places_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_tokens" ADD CONSTRAINT "password_tokens_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_residence_insee_communes_insee_code_fk" FOREIGN KEY ("residence_insee") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_work_insee_communes_insee_code_fk" FOREIGN KEY ("work_insee") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_assigned_to_staff_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_children" ADD CONSTRAINT "request_children_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_reference_counters" ADD CONSTRAINT "request_reference_counters_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_relay_idx" ON "communes" USING btree ("relay_id");--> statement-breakpoint
CREATE INDEX "reception_places_relay_idx" ON "reception_places" USING btree ("relay_id");--> statement-breakpoint
CREATE INDEX "password_tokens_user_idx" ON "password_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email","attempted_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_email_unique" ON "staff_users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "staff_users_relay_idx" ON "staff_users" USING btree ("relay_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_relay_idx" ON "audit_log" USING btree ("relay_id","at");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_relay_idx" ON "mail_outbox" USING btree ("relay_id","created_at");--> statement-breakpoint
CREATE INDEX "childcare_requests_queue_idx" ON "childcare_requests" USING btree ("relay_id","status","received_at");--> statement-breakpoint
CREATE INDEX "childcare_requests_email_idx" ON "childcare_requests" USING btree ("relay_id",lower("email"));--> statement-breakpoint
CREATE INDEX "childcare_requests_phone_idx" ON "childcare_requests" USING btree ("relay_id","phone");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_lookup_idx" ON "rate_limit_hits" USING btree ("bucket","key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "request_children_position_unique" ON "request_children" USING btree ("request_id","position");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");