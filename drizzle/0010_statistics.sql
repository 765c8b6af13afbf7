CREATE TABLE "un_contributions" (
	"month" text NOT NULL,
	"mission" text NOT NULL,
	"country_iso3" text NOT NULL,
	"personnel_type" text NOT NULL,
	"male" integer NOT NULL,
	"female" integer NOT NULL,
	"total" integer NOT NULL,
	"country_as_printed" text NOT NULL,
	"source_file" text NOT NULL,
	CONSTRAINT "un_contributions_month_mission_country_iso3_personnel_type_pk" PRIMARY KEY("month","mission","country_iso3","personnel_type")
);
--> statement-breakpoint
CREATE TABLE "un_contributions_by_country" (
	"month" text NOT NULL,
	"country_iso3" text NOT NULL,
	"personnel_type" text NOT NULL,
	"male" integer NOT NULL,
	"female" integer NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "un_contributions_by_country_month_country_iso3_personnel_type_pk" PRIMARY KEY("month","country_iso3","personnel_type")
);
--> statement-breakpoint
CREATE TABLE "un_contributions_by_type" (
	"month" text NOT NULL,
	"personnel_type" text NOT NULL,
	"male" integer NOT NULL,
	"female" integer NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "un_contributions_by_type_month_personnel_type_pk" PRIMARY KEY("month","personnel_type")
);
--> statement-breakpoint
CREATE TABLE "un_countries" (
	"iso3" text PRIMARY KEY NOT NULL,
	"un_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "un_imports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_file" text NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "un_missions" (
	"acronym" text PRIMARY KEY NOT NULL,
	"name" text,
	"location" text,
	"longitude" double precision,
	"latitude" double precision,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "un_printed_totals" (
	"month" text PRIMARY KEY NOT NULL,
	"male" integer,
	"female" integer,
	"total" integer,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "un_quality_findings" (
	"month" text NOT NULL,
	"issue" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	CONSTRAINT "un_quality_findings_month_issue_pk" PRIMARY KEY("month","issue")
);
--> statement-breakpoint
CREATE INDEX "un_contributions_country" ON "un_contributions" USING btree ("country_iso3","month");--> statement-breakpoint
CREATE INDEX "un_contributions_mission" ON "un_contributions" USING btree ("mission","month");--> statement-breakpoint
CREATE INDEX "un_contributions_by_country_country" ON "un_contributions_by_country" USING btree ("country_iso3","month");