CREATE TABLE "situation_note_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "situation_note_attachments" ADD CONSTRAINT "situation_note_attachments_note_id_situation_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."situation_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_note_attachments" ADD CONSTRAINT "situation_note_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "situation_note_attachments_note" ON "situation_note_attachments" USING btree ("note_id","created_at");