CREATE TYPE "public"."report_activity_kind" AS ENUM('deployment', 'training_given', 'training_received', 'exercise', 'seminar_conference', 'cooperation_agreement', 'equipment_logistics', 'gender', 'other');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "national_report_activities" (
	"report_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "report_activity_kind" NOT NULL,
	"title" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"mission_acronym" text,
	"female" integer DEFAULT 0 NOT NULL,
	"male" integer DEFAULT 0 NOT NULL,
	"partner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" "releasability_level",
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "national_report_activities_report_id_id_pk" PRIMARY KEY("report_id","id")
);
--> statement-breakpoint
CREATE TABLE "national_report_versions" (
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	CONSTRAINT "national_report_versions_report_id_version_pk" PRIMARY KEY("report_id","version")
);
--> statement-breakpoint
CREATE TABLE "national_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" DEFAULT 'members' NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminders" (
	"cycle_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"outbox_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_reminders_cycle_id_participant_id_user_id_kind_pk" PRIMARY KEY("cycle_id","participant_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "reporting_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"presidency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"instructions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"due_on" date NOT NULL,
	"asked" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reminder_offsets" integer[] DEFAULT '{14,3}'::integer[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_missions" (
	"acronym" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean NOT NULL,
	"starts_on" date,
	"ends_on" date
);
--> statement-breakpoint
ALTER TABLE "national_report_activities" ADD CONSTRAINT "national_report_activities_report_id_national_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."national_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_report_activities" ADD CONSTRAINT "national_report_activities_mission_acronym_reporting_missions_acronym_fk" FOREIGN KEY ("mission_acronym") REFERENCES "public"."reporting_missions"("acronym") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_report_versions" ADD CONSTRAINT "national_report_versions_report_id_national_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."national_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_report_versions" ADD CONSTRAINT "national_report_versions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_report_versions" ADD CONSTRAINT "national_report_versions_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_report_versions" ADD CONSTRAINT "national_report_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_reports" ADD CONSTRAINT "national_reports_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_reports" ADD CONSTRAINT "national_reports_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_reports" ADD CONSTRAINT "national_reports_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_reports" ADD CONSTRAINT "national_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_reports" ADD CONSTRAINT "national_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_presidency_id_participants_id_fk" FOREIGN KEY ("presidency_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "national_reports_cycle_owner" ON "national_reports" USING btree ("cycle_id","owner_id");--> statement-breakpoint
CREATE INDEX "national_reports_owner" ON "national_reports" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "reporting_cycles_network_due" ON "reporting_cycles" USING btree ("network_id","due_on");