-- An installation seeded before networks had a region and a zone keeps RELACOPAZ's own: the
-- seed never changes a row that exists. Lima, where the Declaration founded the network.
UPDATE networks SET region = '419', time_zone = 'America/Lima'
	WHERE slug = 'relacopaz' AND region = '001' AND time_zone = 'UTC';
