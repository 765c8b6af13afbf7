DROP INDEX "documents_search";--> statement-breakpoint
CREATE INDEX "documents_family" ON "documents" USING btree ("network_id",coalesce("translation_of", "id"));--> statement-breakpoint
CREATE INDEX "documents_search" ON "documents" USING gin ("search_vector") WITH (fastupdate=false);