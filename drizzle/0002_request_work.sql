CREATE TYPE "public"."contact_channel" AS ENUM('call', 'message');--> statement-breakpoint
CREATE TYPE "public"."contact_outcome" AS ENUM('reached', 'not_reached', 'message_left', 'wrong_number');--> statement-breakpoint
CREATE TABLE "request_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"channel" "contact_channel" NOT NULL,
	"outcome" "contact_outcome" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_contacts_note_length" CHECK (char_length("request_contacts"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "request_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_notes_body_length" CHECK (char_length("request_notes"."body") between 1 and 5000)
);
--> statement-breakpoint
ALTER TABLE "request_contacts" ADD CONSTRAINT "request_contacts_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_contacts" ADD CONSTRAINT "request_contacts_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_notes" ADD CONSTRAINT "request_notes_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_notes" ADD CONSTRAINT "request_notes_author_id_staff_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_contacts_request_idx" ON "request_contacts" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "request_notes_request_idx" ON "request_notes" USING btree ("request_id","created_at");