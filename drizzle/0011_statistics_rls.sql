-- Grants for the statistics area. The UN figures are public data: the application role only
-- reads them, without row-level security; the import writes as the database owner.
GRANT SELECT ON un_contributions TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_contributions_by_country TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_countries TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_missions TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_printed_totals TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_quality_findings TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_imports TO platform_app;
--> statement-breakpoint
GRANT SELECT ON un_contributions_by_type TO platform_app;
