CREATE TYPE "public"."translation_method" AS ENUM('human', 'machine');--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "translation_method" "translation_method";