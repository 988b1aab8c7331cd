CREATE TYPE "public"."address_publication" AS ENUM('full_address', 'commune_only');--> statement-breakpoint
CREATE TYPE "public"."care_structure_kind" AS ENUM('creche', 'multi_accueil', 'micro_creche', 'creche_familiale', 'home_care_service', 'accueil_loisirs');--> statement-breakpoint
CREATE TYPE "public"."childminder_status" AS ENUM('active', 'suspended', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."directory_import_kind" AS ENUM('childminders', 'structures');--> statement-breakpoint
CREATE TYPE "public"."directory_import_status" AS ENUM('uploaded', 'running', 'done', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."family_list_order" AS ENUM('rotation', 'distance', 'name');--> statement-breakpoint
CREATE TYPE "public"."childminder_work_setting" AS ENUM('home', 'mam');--> statement-breakpoint
CREATE TABLE "availability_reminders" (
	"childminder_id" uuid NOT NULL,
	"campaign" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_reminders_childminder_id_campaign_pk" PRIMARY KEY("childminder_id","campaign")
);
--> statement-breakpoint
CREATE TABLE "care_structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_ref" text,
	"kind" "care_structure_kind" NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"commune_insee" text NOT NULL,
	"age_min_months" integer,
	"age_max_months" integer,
	"hours" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"phone" text,
	"email" text,
	"website" text,
	"active" boolean DEFAULT true NOT NULL,
	"last_import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_structures_external_ref_unique" UNIQUE("external_ref"),
	CONSTRAINT "care_structures_capacity" CHECK ("care_structures"."capacity" is null or "care_structures"."capacity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "childminder_availabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"childminder_id" uuid NOT NULL,
	"age_min_months" integer NOT NULL,
	"age_max_months" integer,
	"available_from" date NOT NULL,
	"regularity" "request_regularity" NOT NULL,
	"weekly_schedule" jsonb NOT NULL,
	"declared_on" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" date NOT NULL,
	CONSTRAINT "childminder_availabilities_ages" CHECK ("childminder_availabilities"."age_min_months" >= 0 and ("childminder_availabilities"."age_max_months" is null or "childminder_availabilities"."age_max_months" > "childminder_availabilities"."age_min_months"))
);
--> statement-breakpoint
CREATE TABLE "childminder_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"childminder_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childminder_sessions_id_is_hash" CHECK (length("childminder_sessions"."id") = 64)
);
--> statement-breakpoint
CREATE TABLE "childminder_sign_in_links" (
	"id" text PRIMARY KEY NOT NULL,
	"childminder_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "childminder_sign_in_links_id_is_hash" CHECK (length("childminder_sign_in_links"."id") = 64)
);
--> statement-breakpoint
CREATE TABLE "childminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"licence_number" text NOT NULL,
	"licence_granted_on" date,
	"licence_renewal_on" date,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"places_total" integer NOT NULL,
	"places_under_3" integer,
	"work_setting" "childminder_work_setting" DEFAULT 'home' NOT NULL,
	"mam_id" uuid,
	"address" text DEFAULT '' NOT NULL,
	"commune_insee" text NOT NULL,
	"address_publication" "address_publication" DEFAULT 'commune_only' NOT NULL,
	"phone" text,
	"email" text,
	"contacts_objection" boolean DEFAULT false NOT NULL,
	"offer" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"status" "childminder_status" DEFAULT 'active' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"availability_declared_at" timestamp with time zone,
	"availability_valid_until" date,
	"last_import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childminders_licence_number_unique" UNIQUE("licence_number"),
	CONSTRAINT "childminders_places" CHECK ("childminders"."places_total" between 0 and 10),
	CONSTRAINT "childminders_places_under_3" CHECK ("childminders"."places_under_3" is null or "childminders"."places_under_3" between 0 and "childminders"."places_total"),
	CONSTRAINT "childminders_mam_setting" CHECK (("childminders"."work_setting" = 'mam') = ("childminders"."mam_id" is not null)),
	CONSTRAINT "childminders_licence_format" CHECK (char_length("childminders"."licence_number") between 1 and 40),
	CONSTRAINT "childminders_availability_dates" CHECK (("childminders"."availability_declared_at" is null) = ("childminders"."availability_valid_until" is null))
);
--> statement-breakpoint
CREATE TABLE "directory_import_mappings" (
	"kind" "directory_import_kind" PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "directory_import_kind" NOT NULL,
	"status" "directory_import_status" DEFAULT 'uploaded' NOT NULL,
	"file_name" text NOT NULL,
	"file" "bytea" NOT NULL,
	"format" text NOT NULL,
	"headers" text[] NOT NULL,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total_lines" integer DEFAULT 0 NOT NULL,
	"processed_lines" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"unchanged_count" integer DEFAULT 0 NOT NULL,
	"line_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"failure" text
);
--> statement-breakpoint
CREATE TABLE "family_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"given_by" uuid NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"filters" jsonb NOT NULL,
	"order_by" "family_list_order" NOT NULL,
	"seed" bigint NOT NULL,
	"childminder_ids" uuid[] NOT NULL,
	"entries" jsonb NOT NULL,
	"structures" jsonb NOT NULL,
	CONSTRAINT "family_lists_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "family_lists_ids_match_entries" CHECK (cardinality("family_lists"."childminder_ids") = jsonb_array_length("family_lists"."entries"))
);
--> statement-breakpoint
CREATE TABLE "mams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"commune_insee" text NOT NULL,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "availability_reminders" ADD CONSTRAINT "availability_reminders_childminder_id_childminders_id_fk" FOREIGN KEY ("childminder_id") REFERENCES "public"."childminders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_structures" ADD CONSTRAINT "care_structures_commune_insee_communes_insee_code_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childminder_availabilities" ADD CONSTRAINT "childminder_availabilities_childminder_id_childminders_id_fk" FOREIGN KEY ("childminder_id") REFERENCES "public"."childminders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childminder_sessions" ADD CONSTRAINT "childminder_sessions_childminder_id_childminders_id_fk" FOREIGN KEY ("childminder_id") REFERENCES "public"."childminders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childminder_sign_in_links" ADD CONSTRAINT "childminder_sign_in_links_childminder_id_childminders_id_fk" FOREIGN KEY ("childminder_id") REFERENCES "public"."childminders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childminders" ADD CONSTRAINT "childminders_mam_id_mams_id_fk" FOREIGN KEY ("mam_id") REFERENCES "public"."mams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childminders" ADD CONSTRAINT "childminders_commune_insee_communes_insee_code_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_imports" ADD CONSTRAINT "directory_imports_started_by_staff_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_lists" ADD CONSTRAINT "family_lists_request_id_childcare_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."childcare_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_lists" ADD CONSTRAINT "family_lists_given_by_staff_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mams" ADD CONSTRAINT "mams_commune_insee_communes_insee_code_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_structures_commune_idx" ON "care_structures" USING btree ("commune_insee","active");--> statement-breakpoint
CREATE INDEX "childminder_availabilities_childminder_idx" ON "childminder_availabilities" USING btree ("childminder_id");--> statement-breakpoint
CREATE INDEX "childminder_sessions_childminder_idx" ON "childminder_sessions" USING btree ("childminder_id");--> statement-breakpoint
CREATE INDEX "childminder_sign_in_links_childminder_idx" ON "childminder_sign_in_links" USING btree ("childminder_id");--> statement-breakpoint
CREATE INDEX "childminders_commune_status_idx" ON "childminders" USING btree ("commune_insee","status");--> statement-breakpoint
CREATE INDEX "childminders_mam_idx" ON "childminders" USING btree ("mam_id");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_imports_one_running" ON "directory_imports" USING btree ((true)) WHERE "directory_imports"."status" = 'running';--> statement-breakpoint
CREATE INDEX "directory_imports_created_idx" ON "directory_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "family_lists_request_idx" ON "family_lists" USING btree ("request_id","given_at");--> statement-breakpoint
CREATE INDEX "mams_commune_idx" ON "mams" USING btree ("commune_insee");--> statement-breakpoint
CREATE UNIQUE INDEX "mams_name_commune_unique" ON "mams" USING btree (lower("name"),"commune_insee");