ALTER TABLE "networks" ADD COLUMN "statute_document_id" uuid;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "statute_conference_id" uuid;