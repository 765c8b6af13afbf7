-- Row-level security for the files that go with situation notes: seen wherever the note is seen
-- (the note's own policy applies inside the sub-select), added and removed by whoever may change
-- the note while it is open.
GRANT SELECT, INSERT, DELETE ON situation_note_attachments TO platform_app;
--> statement-breakpoint
ALTER TABLE situation_note_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY situation_note_attachments_select ON situation_note_attachments FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM situation_notes n WHERE n.id = note_id));
--> statement-breakpoint
CREATE POLICY situation_note_attachments_insert ON situation_note_attachments FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM situation_notes n
		WHERE n.id = note_id AND n.closed_at IS NULL AND app_can_write(n.network_id, n.owner_id)
	));
--> statement-breakpoint
CREATE POLICY situation_note_attachments_delete ON situation_note_attachments FOR DELETE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM situation_notes n
		WHERE n.id = note_id AND n.closed_at IS NULL AND app_can_write(n.network_id, n.owner_id)
	));
