CREATE TYPE "public"."calendar_status" AS ENUM('draft', 'approved');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('conference', 'preparatory_meeting', 'working_group', 'training_course', 'exercise', 'seminar', 'other');--> statement-breakpoint
CREATE TABLE "annual_calendars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" "calendar_status" DEFAULT 'draft' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_participant" uuid,
	"approved_via" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "event_delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"event_id" uuid NOT NULL,
	"members" jsonb NOT NULL,
	"women" integer DEFAULT 0 NOT NULL,
	"men" integer DEFAULT 0 NOT NULL,
	"other_gender" integer DEFAULT 0 NOT NULL,
	"size" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_delegations_counts" CHECK ("event_delegations"."women" >= 0 AND "event_delegations"."men" >= 0 AND "event_delegations"."other_gender" >= 0 AND "event_delegations"."size" = "event_delegations"."women" + "event_delegations"."men" + "event_delegations"."other_gender" AND "event_delegations"."size" > 0)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"uid" text NOT NULL,
	"external_id" text,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"kind" "event_kind" NOT NULL,
	"country_code" text NOT NULL,
	"city" text NOT NULL,
	"time_zone" text NOT NULL,
	"all_day" boolean NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"working_languages" text[] NOT NULL,
	"conference_id" uuid,
	"cancelled" boolean DEFAULT false NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"capacity" integer,
	"registration_deadline" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_times" CHECK (("events"."all_day" AND "events"."starts_at" IS NULL AND "events"."ends_at" IS NULL) OR (NOT "events"."all_day" AND "events"."starts_at" IS NOT NULL AND "events"."ends_at" IS NOT NULL AND "events"."ends_at" > "events"."starts_at")),
	CONSTRAINT "events_days" CHECK ("events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" IS NULL OR "events"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "annual_calendars" ADD CONSTRAINT "annual_calendars_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_calendars" ADD CONSTRAINT "annual_calendars_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_calendars" ADD CONSTRAINT "annual_calendars_approved_by_participant_participants_id_fk" FOREIGN KEY ("approved_by_participant") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegations" ADD CONSTRAINT "event_delegations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegations" ADD CONSTRAINT "event_delegations_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegations" ADD CONSTRAINT "event_delegations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegations" ADD CONSTRAINT "event_delegations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_calendars_network_year" ON "annual_calendars" USING btree ("network_id","year");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_user" ON "calendar_feed_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_delegations_event_owner" ON "event_delegations" USING btree ("event_id","owner_id");--> statement-breakpoint
CREATE INDEX "event_delegations_owner" ON "event_delegations" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_uid" ON "events" USING btree ("uid");--> statement-breakpoint
CREATE UNIQUE INDEX "events_network_external_id" ON "events" USING btree ("network_id","external_id");--> statement-breakpoint
CREATE INDEX "events_network_days" ON "events" USING btree ("network_id","starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "events_owner" ON "events" USING btree ("owner_id");