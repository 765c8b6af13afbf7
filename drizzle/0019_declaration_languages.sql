ALTER TYPE "public"."positions_visibility" ADD VALUE 'everyone';--> statement-breakpoint
ALTER TABLE "declaration_paragraphs" ADD COLUMN "languages" jsonb DEFAULT '{}'::jsonb NOT NULL;