-- Extensions the schema relies on. All three are "trusted" extensions (PostgreSQL 13+), so the
-- database owner can enable them without superuser rights.
--
-- btree_gist: lets exclusion constraints combine equality on plain columns (clinic, provider,
--             chair, patient) with overlap on time ranges: the database-level guarantee against
--             double booking.
-- citext:     case-insensitive text, for email addresses that must be unique whatever their case.
-- pg_trgm:    trigram similarity and indexes, for forgiving, fast patient search.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
