-- French, accent-insensitive search (written by hand: Prisma does not model
-- extensions or functions, so the snapshot diff never touches this).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be
-- IMMUTABLE and used in expressions and indexes.
CREATE OR REPLACE FUNCTION cmq_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
