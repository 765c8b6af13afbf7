CREATE TYPE "public"."nomination_status" AS ENUM('nominated', 'accepted', 'waitlisted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."nominee_gender" AS ENUM('female', 'male', 'other');--> statement-breakpoint
CREATE TABLE "training_centres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"level" "releasability_level" NOT NULL,
	"released_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"name" jsonb NOT NULL,
	"city" text NOT NULL,
	"country_code" text NOT NULL,
	"contact" text NOT NULL,
	"courses" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"un_recognition" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"centre_id" uuid,
	"instruction_languages" text[] NOT NULL,
	"prerequisites" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"rank" text NOT NULL,
	"gender" "nominee_gender" NOT NULL,
	"email" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"status" "nomination_status" NOT NULL,
	"waitlisted_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone,
	"decided_by" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_nominations_waitlist" CHECK (("training_nominations"."status" = 'waitlisted') = ("training_nominations"."waitlisted_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "training_seat_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"participant_id" uuid,
	"seats" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_seat_offers_event_participant" UNIQUE NULLS NOT DISTINCT("event_id","participant_id"),
	CONSTRAINT "training_seat_offers_seats" CHECK ("training_seat_offers"."seats" > 0)
);
--> statement-breakpoint
ALTER TABLE "training_centres" ADD CONSTRAINT "training_centres_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_centres" ADD CONSTRAINT "training_centres_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_centres" ADD CONSTRAINT "training_centres_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_centre_id_training_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."training_centres"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nominations" ADD CONSTRAINT "training_nominations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nominations" ADD CONSTRAINT "training_nominations_owner_id_participants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nominations" ADD CONSTRAINT "training_nominations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nominations" ADD CONSTRAINT "training_nominations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nominations" ADD CONSTRAINT "training_nominations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_seat_offers" ADD CONSTRAINT "training_seat_offers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_seat_offers" ADD CONSTRAINT "training_seat_offers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_seat_offers" ADD CONSTRAINT "training_seat_offers_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_centres_network" ON "training_centres" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "training_centres_owner" ON "training_centres" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "training_nominations_event" ON "training_nominations" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "training_nominations_owner" ON "training_nominations" USING btree ("owner_id");