CREATE TYPE "public"."family_locale" AS ENUM('fr', 'en', 'ar');--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD COLUMN "locale" "family_locale" DEFAULT 'fr' NOT NULL;