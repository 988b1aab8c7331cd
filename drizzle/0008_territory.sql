ALTER TYPE "public"."staff_role" ADD VALUE 'coordinator';--> statement-breakpoint
CREATE TABLE "epcis" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "epcis_code_format" CHECK ("epcis"."code" ~ '^[0-9]{9}$')
);
--> statement-breakpoint
ALTER TABLE "communes" ALTER COLUMN "latitude" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "communes" ALTER COLUMN "longitude" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_users" ALTER COLUMN "relay_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "departement" text;--> statement-breakpoint
-- Communes stored before the référentiel: their département is the start of their INSEE code.
UPDATE "communes" SET "departement" = CASE WHEN "insee_code" LIKE '97%' THEN left("insee_code", 3) ELSE left("insee_code", 2) END;--> statement-breakpoint
ALTER TABLE "communes" ALTER COLUMN "departement" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "epci_code" text;--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "missing_from_referential_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "centroid_edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "epci_code" text;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_epci_code_epcis_code_fk" FOREIGN KEY ("epci_code") REFERENCES "public"."epcis"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_epci_code_epcis_code_fk" FOREIGN KEY ("epci_code") REFERENCES "public"."epcis"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_epci_idx" ON "communes" USING btree ("epci_code");--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_centroid_complete" CHECK (("communes"."latitude" is null) = ("communes"."longitude" is null));--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_centroid_range" CHECK ("communes"."latitude" is null or ("communes"."latitude" between -90 and 90 and "communes"."longitude" between -180 and 180));--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_scope" CHECK (case "staff_users"."role"::text
				when 'admin' then "staff_users"."relay_id" is not null and "staff_users"."epci_code" is null
				when 'animator' then "staff_users"."relay_id" is not null and "staff_users"."epci_code" is null
				when 'coordinator' then "staff_users"."relay_id" is null and "staff_users"."epci_code" is null
				else "staff_users"."relay_id" is null or "staff_users"."epci_code" is null
			end);