CREATE TYPE "public"."situation_category" AS ENUM('security', 'humanitarian', 'political', 'logistics', 'health', 'environment', 'other');--> statement-breakpoint
CREATE TYPE "public"."situation_severity" AS ENUM('info', 'advisory', 'warning', 'critical');--> statement-breakpoint
CREATE TABLE "mission_briefs" (
	"network_id" uuid NOT NULL,
	"mission" text NOT NULL,
	"mandate_summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"mandate_renewal_on" date,
	"host_country_iso3" text,
	"updated_by" uuid,
	"updated_by_participant" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mission_briefs_network_id_mission_pk" PRIMARY KEY("network_id","mission")
);
--> statement-breakpoint
CREATE TABLE "situation_follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"mission" text,
	"country_iso3" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "situation_follows_one_subject" CHECK ((mission IS NULL) <> (country_iso3 IS NULL))
);
--> statement-breakpoint
CREATE TABLE "situation_note_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"mission" text,
	"country_iso3" text NOT NULL,
	"place_name" text DEFAULT '' NOT NULL,
	"longitude" double precision,
	"latitude" double precision,
	"observed_at" timestamp with time zone NOT NULL,
	"observed_zone" text NOT NULL,
	"category" "situation_category" NOT NULL,
	"severity" "situation_severity" NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"announced_at" timestamp with time zone,
	"digest_claimed_until" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mission_briefs" ADD CONSTRAINT "mission_briefs_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_briefs" ADD CONSTRAINT "mission_briefs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_briefs" ADD CONSTRAINT "mission_briefs_updated_by_participant_participants_id_fk" FOREIGN KEY ("updated_by_participant") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_follows" ADD CONSTRAINT "situation_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_follows" ADD CONSTRAINT "situation_follows_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_note_versions" ADD CONSTRAINT "situation_note_versions_note_id_situation_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."situation_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_note_versions" ADD CONSTRAINT "situation_note_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_notes" ADD CONSTRAINT "situation_notes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_notes" ADD CONSTRAINT "situation_notes_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_notes" ADD CONSTRAINT "situation_notes_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_notes" ADD CONSTRAINT "situation_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "situation_follows_mission" ON "situation_follows" USING btree ("user_id","network_id","mission") WHERE mission IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "situation_follows_country" ON "situation_follows" USING btree ("user_id","network_id","country_iso3") WHERE country_iso3 IS NOT NULL;--> statement-breakpoint
CREATE INDEX "situation_follows_network_mission" ON "situation_follows" USING btree ("network_id","mission");--> statement-breakpoint
CREATE INDEX "situation_follows_network_country" ON "situation_follows" USING btree ("network_id","country_iso3");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_note_versions_number" ON "situation_note_versions" USING btree ("note_id","number");--> statement-breakpoint
CREATE INDEX "situation_notes_network_observed" ON "situation_notes" USING btree ("network_id","observed_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "situation_notes_network_mission" ON "situation_notes" USING btree ("network_id","mission");--> statement-breakpoint
CREATE INDEX "situation_notes_network_country" ON "situation_notes" USING btree ("network_id","country_iso3");--> statement-breakpoint
CREATE INDEX "situation_notes_owner" ON "situation_notes" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "situation_notes_unannounced" ON "situation_notes" USING btree ("created_at") WHERE announced_at IS NULL;