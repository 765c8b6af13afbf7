CREATE TYPE "public"."barrier_area" AS ENUM('eligible_pool', 'deployment_criteria', 'deployment_selection', 'household_constraints', 'peace_operations_infrastructure', 'peace_operations_experiences', 'career_value', 'top_down_leadership', 'gender_roles', 'social_exclusion');--> statement-breakpoint
CREATE TYPE "public"."barrier_finding" AS ENUM('major_barrier', 'barrier', 'neutral', 'opportunity', 'major_opportunity');--> statement-breakpoint
CREATE TYPE "public"."barrier_priority" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."barrier_recommendation_status" AS ENUM('planned', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."barrier_respondent_gender" AS ENUM('woman', 'man', 'other', 'undisclosed');--> statement-breakpoint
CREATE TYPE "public"."barrier_scope" AS ENUM('armed_forces', 'police', 'both');--> statement-breakpoint
CREATE TYPE "public"."barrier_status" AS ENUM('draft', 'in_progress', 'validated', 'published');--> statement-breakpoint
CREATE TABLE "barrier_assessment_areas" (
	"assessment_id" uuid NOT NULL,
	"area" "barrier_area" NOT NULL,
	"finding" "barrier_finding",
	"evidence" text DEFAULT '' NOT NULL,
	"sources" text DEFAULT '' NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barrier_assessment_areas_assessment_id_area_pk" PRIMARY KEY("assessment_id","area")
);
--> statement-breakpoint
CREATE TABLE "barrier_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"year" integer NOT NULL,
	"scope" "barrier_scope" NOT NULL,
	"status" "barrier_status" DEFAULT 'draft' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "barrier_recommendation_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"status" "barrier_recommendation_status" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "barrier_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"area" "barrier_area" NOT NULL,
	"text" text NOT NULL,
	"priority" "barrier_priority" NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"due_on" date,
	"status" "barrier_recommendation_status" DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "barrier_survey_responses" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"answered_on" date NOT NULL,
	"gender" "barrier_respondent_gender" NOT NULL,
	"answers" jsonb NOT NULL,
	"nonce" text NOT NULL,
	CONSTRAINT "barrier_survey_responses_nonce_length" CHECK (length(nonce) BETWEEN 16 AND 64)
);
--> statement-breakpoint
CREATE TABLE "barrier_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"token" text NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "barrier_surveys_assessment_id_unique" UNIQUE("assessment_id"),
	CONSTRAINT "barrier_surveys_token_unique" UNIQUE("token")
);
--> statement-breakpoint
ALTER TABLE "barrier_assessment_areas" ADD CONSTRAINT "barrier_assessment_areas_assessment_id_barrier_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."barrier_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_assessment_areas" ADD CONSTRAINT "barrier_assessment_areas_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_assessments" ADD CONSTRAINT "barrier_assessments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_assessments" ADD CONSTRAINT "barrier_assessments_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_assessments" ADD CONSTRAINT "barrier_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_recommendation_updates" ADD CONSTRAINT "barrier_recommendation_updates_recommendation_id_barrier_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."barrier_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_recommendation_updates" ADD CONSTRAINT "barrier_recommendation_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_recommendations" ADD CONSTRAINT "barrier_recommendations_assessment_id_barrier_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."barrier_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_recommendations" ADD CONSTRAINT "barrier_recommendations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_survey_responses" ADD CONSTRAINT "barrier_survey_responses_survey_id_barrier_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."barrier_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_surveys" ADD CONSTRAINT "barrier_surveys_assessment_id_barrier_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."barrier_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_surveys" ADD CONSTRAINT "barrier_surveys_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "barrier_assessments_owner_year_scope" ON "barrier_assessments" USING btree ("owner_id","year","scope");--> statement-breakpoint
CREATE INDEX "barrier_assessments_network" ON "barrier_assessments" USING btree ("network_id","year");--> statement-breakpoint
CREATE INDEX "barrier_recommendation_updates_recommendation" ON "barrier_recommendation_updates" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "barrier_recommendations_assessment" ON "barrier_recommendations" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "barrier_recommendations_due" ON "barrier_recommendations" USING btree ("due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "barrier_survey_responses_nonce" ON "barrier_survey_responses" USING btree ("survey_id","nonce");