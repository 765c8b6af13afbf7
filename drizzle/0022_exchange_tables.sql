CREATE TYPE "public"."commitment_status" AS ENUM('proposed', 'accepted', 'in_progress', 'delivered', 'verified', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."cooperation_category" AS ENUM('advice', 'training', 'equipment', 'logistics', 'financing', 'other');--> statement-breakpoint
CREATE TABLE "cooperation_commitment_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"commitment_id" uuid NOT NULL,
	"from_status" "commitment_status",
	"to_status" "commitment_status" NOT NULL,
	"participant_id" uuid NOT NULL,
	"user_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"offer_id" uuid,
	"quantity" integer,
	"note" text DEFAULT '' NOT NULL,
	"status" "commitment_status" DEFAULT 'proposed' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_commitments_quantity" CHECK ("cooperation_commitments"."quantity" IS NULL OR "cooperation_commitments"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "cooperation_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_seq" bigint NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cooperation_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"category" "cooperation_category" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"capacity" integer,
	"unit" text,
	"available_from" date,
	"available_until" date,
	"conditions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_offers_capacity" CHECK ("cooperation_offers"."capacity" IS NULL OR "cooperation_offers"."capacity" > 0),
	CONSTRAINT "cooperation_offers_window" CHECK ("cooperation_offers"."available_from" IS NULL OR "cooperation_offers"."available_until" IS NULL OR "cooperation_offers"."available_until" >= "cooperation_offers"."available_from")
);
--> statement-breakpoint
CREATE TABLE "cooperation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"category" "cooperation_category" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"quantity" integer,
	"unit" text,
	"needed_by" date,
	"mission" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_requests_quantity" CHECK ("cooperation_requests"."quantity" IS NULL OR "cooperation_requests"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "cooperation_commitment_events" ADD CONSTRAINT "cooperation_commitment_events_commitment_id_cooperation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."cooperation_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitment_events" ADD CONSTRAINT "cooperation_commitment_events_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitment_events" ADD CONSTRAINT "cooperation_commitment_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitments" ADD CONSTRAINT "cooperation_commitments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitments" ADD CONSTRAINT "cooperation_commitments_request_id_cooperation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."cooperation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitments" ADD CONSTRAINT "cooperation_commitments_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitments" ADD CONSTRAINT "cooperation_commitments_offer_id_cooperation_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."cooperation_offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_commitments" ADD CONSTRAINT "cooperation_commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_notifications" ADD CONSTRAINT "cooperation_notifications_event_seq_cooperation_commitment_events_seq_fk" FOREIGN KEY ("event_seq") REFERENCES "public"."cooperation_commitment_events"("seq") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_notifications" ADD CONSTRAINT "cooperation_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_offers" ADD CONSTRAINT "cooperation_offers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_offers" ADD CONSTRAINT "cooperation_offers_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_offers" ADD CONSTRAINT "cooperation_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_requests" ADD CONSTRAINT "cooperation_requests_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_requests" ADD CONSTRAINT "cooperation_requests_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_requests" ADD CONSTRAINT "cooperation_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_commitment_events_commitment" ON "cooperation_commitment_events" USING btree ("commitment_id","seq");--> statement-breakpoint
CREATE INDEX "cooperation_commitments_request" ON "cooperation_commitments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "cooperation_commitments_owner" ON "cooperation_commitments" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_notifications_once" ON "cooperation_notifications" USING btree ("event_seq","user_id");--> statement-breakpoint
CREATE INDEX "cooperation_notifications_pending" ON "cooperation_notifications" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "cooperation_offers_network" ON "cooperation_offers" USING btree ("network_id","category");--> statement-breakpoint
CREATE INDEX "cooperation_offers_owner" ON "cooperation_offers" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "cooperation_requests_network" ON "cooperation_requests" USING btree ("network_id","category");--> statement-breakpoint
CREATE INDEX "cooperation_requests_owner" ON "cooperation_requests" USING btree ("owner_id");