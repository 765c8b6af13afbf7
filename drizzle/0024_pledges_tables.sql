CREATE TYPE "public"."pledge_readiness_level" AS ENUM('level_1', 'level_2', 'level_3', 'rapid_deployment');--> statement-breakpoint
CREATE TYPE "public"."pledge_unit_type" AS ENUM('infantry_battalion', 'engineer_company', 'level_1_hospital', 'level_2_hospital', 'helicopter_unit', 'formed_police_unit', 'military_observers', 'staff_officers', 'quick_reaction_force', 'riverine_unit', 'transport_company', 'signals', 'demining', 'other');--> statement-breakpoint
CREATE TABLE "capability_gaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"unit_type" "pledge_unit_type" NOT NULL,
	"minimum_level" "pledge_readiness_level" DEFAULT 'level_1' NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"title" jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"mission" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "combined_contingents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"title" jsonb NOT NULL,
	"template" text,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contingent_contributions" (
	"contingent_id" uuid NOT NULL,
	"pledge_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contingent_contributions_contingent_id_pledge_id_pk" PRIMARY KEY("contingent_id","pledge_id")
);
--> statement-breakpoint
CREATE TABLE "pledge_versions" (
	"pledge_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"changes" text[] DEFAULT '{}'::text[] NOT NULL,
	"content" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_by_label" text DEFAULT '' NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_versions_pledge_id_version_pk" PRIMARY KEY("pledge_id","version")
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"unit_type" "pledge_unit_type" NOT NULL,
	"title" jsonb NOT NULL,
	"female" integer DEFAULT 0 NOT NULL,
	"male" integer DEFAULT 0 NOT NULL,
	"equipment" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"self_sustainment" text[] DEFAULT '{}'::text[] NOT NULL,
	"readiness_level" "pledge_readiness_level" NOT NULL,
	"available_from" date,
	"available_until" date,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"assessment_visit_on" date,
	"assessment_report" text DEFAULT '' NOT NULL,
	"verification_visit_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "capability_gaps" ADD CONSTRAINT "capability_gaps_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capability_gaps" ADD CONSTRAINT "capability_gaps_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capability_gaps" ADD CONSTRAINT "capability_gaps_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "combined_contingents" ADD CONSTRAINT "combined_contingents_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "combined_contingents" ADD CONSTRAINT "combined_contingents_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "combined_contingents" ADD CONSTRAINT "combined_contingents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingent_contributions" ADD CONSTRAINT "contingent_contributions_contingent_id_combined_contingents_id_fk" FOREIGN KEY ("contingent_id") REFERENCES "public"."combined_contingents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingent_contributions" ADD CONSTRAINT "contingent_contributions_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingent_contributions" ADD CONSTRAINT "contingent_contributions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingent_contributions" ADD CONSTRAINT "contingent_contributions_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingent_contributions" ADD CONSTRAINT "contingent_contributions_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_versions" ADD CONSTRAINT "pledge_versions_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_versions" ADD CONSTRAINT "pledge_versions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_versions" ADD CONSTRAINT "pledge_versions_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_versions" ADD CONSTRAINT "pledge_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capability_gaps_network" ON "capability_gaps" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "combined_contingents_network" ON "combined_contingents" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "contingent_contributions_pledge" ON "contingent_contributions" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "pledges_network_type" ON "pledges" USING btree ("network_id","unit_type");--> statement-breakpoint
CREATE INDEX "pledges_owner" ON "pledges" USING btree ("owner_id");