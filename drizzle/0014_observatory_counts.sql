CREATE TABLE "observatory_counts" (
	"month" date NOT NULL,
	"scope" text NOT NULL,
	"measure" text NOT NULL,
	"category" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "observatory_counts_scope_measure_month_category_pk" PRIMARY KEY("scope","measure","month","category"),
	CONSTRAINT "observatory_counts_positive" CHECK ("observatory_counts"."n" > 0),
	CONSTRAINT "observatory_counts_month" CHECK (extract(day from "observatory_counts"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "observatory_refreshes" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"generation" uuid NOT NULL,
	"request_count" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "observatory_refreshes_single" CHECK ("observatory_refreshes"."id" = 1)
);
