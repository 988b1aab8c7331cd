CREATE TYPE "public"."appointment_kind" AS ENUM('place', 'phone');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('offered', 'booked', 'attended', 'no_show', 'cancelled', 'released');--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"animator_id" uuid NOT NULL,
	"kind" "appointment_kind" NOT NULL,
	"place_id" uuid,
	"phone" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "appointment_status" NOT NULL,
	"offer_id" uuid,
	"offer_expires_at" timestamp with time zone,
	"ical_uid" text NOT NULL,
	"ical_sequence" integer DEFAULT 0 NOT NULL,
	"booked_at" timestamp with time zone,
	"booked_by_kind" "audit_actor_kind",
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_ical_uid_unique" UNIQUE("ical_uid"),
	CONSTRAINT "appointments_range" CHECK ("appointments"."ends_at" > "appointments"."starts_at"),
	CONSTRAINT "appointments_place" CHECK ("appointments"."kind" <> 'place' or "appointments"."place_id" is not null),
	CONSTRAINT "appointments_phone" CHECK ("appointments"."kind" <> 'phone' or "appointments"."phone" is not null),
	CONSTRAINT "appointments_offer" CHECK ("appointments"."status" <> 'offered' or ("appointments"."offer_id" is not null and "appointments"."offer_expires_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid NOT NULL,
	"animator_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"kind" "appointment_kind" NOT NULL,
	"place_id" uuid,
	"slot_minutes" smallint DEFAULT 45 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "availability_rules_weekday" CHECK ("availability_rules"."weekday" between 1 and 7),
	CONSTRAINT "availability_rules_hours" CHECK ("availability_rules"."end_time" > "availability_rules"."start_time"),
	CONSTRAINT "availability_rules_slot" CHECK ("availability_rules"."slot_minutes" between 10 and 240),
	CONSTRAINT "availability_rules_place" CHECK (("availability_rules"."kind" = 'place') = ("availability_rules"."place_id" is not null)),
	CONSTRAINT "availability_rules_validity" CHECK ("availability_rules"."valid_until" is null or "availability_rules"."valid_until" >= "availability_rules"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_staff_id_unique" UNIQUE("staff_id")
);
--> statement-breakpoint
CREATE TABLE "relay_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	CONSTRAINT "relay_closures_range" CHECK ("relay_closures"."ends_on" >= "relay_closures"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "staff_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relay_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "staff_absences_range" CHECK ("staff_absences"."ends_on" >= "staff_absences"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_animator_id_staff_users_id_fk" FOREIGN KEY ("animator_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_place_id_reception_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."reception_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_animator_id_staff_users_id_fk" FOREIGN KEY ("animator_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_place_id_reception_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."reception_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relay_closures" ADD CONSTRAINT "relay_closures_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_absences" ADD CONSTRAINT "staff_absences_relay_id_relays_id_fk" FOREIGN KEY ("relay_id") REFERENCES "public"."relays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_absences" ADD CONSTRAINT "staff_absences_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_animator_idx" ON "appointments" USING btree ("animator_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_request_idx" ON "appointments" USING btree ("request_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_relay_idx" ON "appointments" USING btree ("relay_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_reminder_idx" ON "appointments" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "availability_rules_relay_idx" ON "availability_rules" USING btree ("relay_id","animator_id");--> statement-breakpoint
CREATE INDEX "relay_closures_relay_idx" ON "relay_closures" USING btree ("relay_id","starts_on");--> statement-breakpoint
CREATE INDEX "staff_absences_staff_idx" ON "staff_absences" USING btree ("staff_id","starts_on");