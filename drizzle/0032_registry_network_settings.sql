ALTER TABLE "networks" ADD COLUMN "region" text DEFAULT '001' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "default_language" text DEFAULT 'es' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "statute_document_id" uuid;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "statute_conference_id" uuid;