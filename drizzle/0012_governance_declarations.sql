CREATE TYPE "public"."amendment_kind" AS ENUM('replace', 'insert_after', 'delete');--> statement-breakpoint
CREATE TYPE "public"."amendment_status" AS ENUM('proposed', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."declaration_part" AS ENUM('preamble', 'operative');--> statement-breakpoint
CREATE TYPE "public"."declaration_status" AS ENUM('drafting', 'adopted');--> statement-breakpoint
CREATE TABLE "declaration_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"paragraph_id" uuid,
	"paragraph_label" text NOT NULL,
	"kind" "amendment_kind" NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"justification" text NOT NULL,
	"proposer_id" uuid NOT NULL,
	"proposed_by" uuid,
	"status" "amendment_status" DEFAULT 'proposed' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version_number" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"part" "declaration_part" NOT NULL,
	"ordinal" integer NOT NULL,
	"text" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_title" text NOT NULL,
	"signed_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"conference_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"preamble_intro" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"operative_intro" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "declaration_status" DEFAULT 'drafting' NOT NULL,
	"frozen" boolean DEFAULT false NOT NULL,
	"adopted_at" timestamp with time zone,
	"adoption_decision_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "declaration_amendments" ADD CONSTRAINT "declaration_amendments_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_amendments" ADD CONSTRAINT "declaration_amendments_paragraph_id_declaration_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."declaration_paragraphs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_amendments" ADD CONSTRAINT "declaration_amendments_proposer_id_participants_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_amendments" ADD CONSTRAINT "declaration_amendments_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_amendments" ADD CONSTRAINT "declaration_amendments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_paragraphs" ADD CONSTRAINT "declaration_paragraphs_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_signatures" ADD CONSTRAINT "declaration_signatures_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_signatures" ADD CONSTRAINT "declaration_signatures_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_signatures" ADD CONSTRAINT "declaration_signatures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_adoption_decision_id_decisions_id_fk" FOREIGN KEY ("adoption_decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declaration_amendments_declaration" ON "declaration_amendments" USING btree ("declaration_id","created_at");--> statement-breakpoint
CREATE INDEX "declaration_paragraphs_order" ON "declaration_paragraphs" USING btree ("declaration_id","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_signatures_participant" ON "declaration_signatures" USING btree ("declaration_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_versions_number" ON "declaration_versions" USING btree ("declaration_id","number");--> statement-breakpoint
CREATE INDEX "declarations_network" ON "declarations" USING btree ("network_id","status");