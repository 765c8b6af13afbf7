CREATE TYPE "public"."decision_event_kind" AS ENUM('opened', 'position', 'extended', 'withdrawn', 'adopted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('admit_observer', 'approve_calendar', 'adopt_declaration', 'general');--> statement-breakpoint
CREATE TYPE "public"."decision_notification_kind" AS ENUM('opened', 'reminder', 'outcome');--> statement-breakpoint
CREATE TYPE "public"."decision_position" AS ENUM('concur', 'abstain', 'object');--> statement-breakpoint
CREATE TYPE "public"."decision_status" AS ENUM('open', 'adopted', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."governance_body_kind" AS ENUM('secretariat', 'working_group');--> statement-breakpoint
CREATE TYPE "public"."positions_visibility" AS ENUM('all', 'own');--> statement-breakpoint
CREATE TABLE "decision_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"kind" "decision_event_kind" NOT NULL,
	"participant_id" uuid,
	"user_id" uuid,
	"position" "decision_position",
	"comment" text DEFAULT '' NOT NULL,
	"deadline" timestamp with time zone,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "decision_notification_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"text" jsonb NOT NULL,
	"subject_candidate_id" uuid,
	"subject_declaration_id" uuid,
	"subject_note" text DEFAULT '' NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"positions_visibility" "positions_visibility" NOT NULL,
	"eligible" uuid[] NOT NULL,
	"status" "decision_status" DEFAULT 'open' NOT NULL,
	"outcome_at" timestamp with time zone,
	"opened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" "governance_body_kind" NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"mandate" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_body_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"representative_name" text DEFAULT '' NOT NULL,
	"representative_title" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observer_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" "participant_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"ministry" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"country_code" text,
	"admitted_participant_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presidency_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"from_term_id" uuid,
	"to_term_id" uuid NOT NULL,
	"from_participant_id" uuid,
	"to_participant_id" uuid NOT NULL,
	"handed_over_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decision_events" ADD CONSTRAINT "decision_events_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_events" ADD CONSTRAINT "decision_events_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_events" ADD CONSTRAINT "decision_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_notifications" ADD CONSTRAINT "decision_notifications_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_notifications" ADD CONSTRAINT "decision_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_subject_candidate_id_observer_candidates_id_fk" FOREIGN KEY ("subject_candidate_id") REFERENCES "public"."observer_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observer_candidates" ADD CONSTRAINT "observer_candidates_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observer_candidates" ADD CONSTRAINT "observer_candidates_admitted_participant_id_participants_id_fk" FOREIGN KEY ("admitted_participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presidency_handovers" ADD CONSTRAINT "presidency_handovers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presidency_handovers" ADD CONSTRAINT "presidency_handovers_from_term_id_presidency_terms_id_fk" FOREIGN KEY ("from_term_id") REFERENCES "public"."presidency_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presidency_handovers" ADD CONSTRAINT "presidency_handovers_to_term_id_presidency_terms_id_fk" FOREIGN KEY ("to_term_id") REFERENCES "public"."presidency_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presidency_handovers" ADD CONSTRAINT "presidency_handovers_from_participant_id_participants_id_fk" FOREIGN KEY ("from_participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presidency_handovers" ADD CONSTRAINT "presidency_handovers_to_participant_id_participants_id_fk" FOREIGN KEY ("to_participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presidency_handovers" ADD CONSTRAINT "presidency_handovers_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_events_decision" ON "decision_events" USING btree ("decision_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_notifications_once" ON "decision_notifications" USING btree ("decision_id","user_id","kind");--> statement-breakpoint
CREATE INDEX "decision_notifications_pending" ON "decision_notifications" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "decisions_network_status" ON "decisions" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "decisions_status_deadline" ON "decisions" USING btree ("status","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_bodies_network_code" ON "governance_bodies" USING btree ("network_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_bodies_one_secretariat" ON "governance_bodies" USING btree ("network_id") WHERE kind = 'secretariat';--> statement-breakpoint
CREATE UNIQUE INDEX "governance_body_members_body_participant" ON "governance_body_members" USING btree ("body_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "observer_candidates_network_code" ON "observer_candidates" USING btree ("network_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "presidency_handovers_to_term" ON "presidency_handovers" USING btree ("to_term_id");