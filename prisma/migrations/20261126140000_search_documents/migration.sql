-- Weighted French search documents and their indexes (written by hand:
-- Prisma does not model functions or expression indexes, so the snapshot
-- diff never touches this).
--
-- One function builds every searchable document: title (weight A),
-- summary (B) and body (C), each normalized by cmq_normalize (lower +
-- unaccent) before French stemming. Queries call the same expression, so
-- the GIN indexes below serve them.
CREATE OR REPLACE FUNCTION cmq_search_document(title text, summary text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('french'::regconfig, public.cmq_normalize(coalesce($1, ''))), 'A')
        || setweight(to_tsvector('french'::regconfig, public.cmq_normalize(coalesce($2, ''))), 'B')
        || setweight(to_tsvector('french'::regconfig, public.cmq_normalize(coalesce($3, ''))), 'C')
  $$;

CREATE INDEX "Action_search_idx" ON "Action" USING GIN (cmq_search_document("title", "summary", "body"));
CREATE INDEX "Formation_search_idx" ON "Formation" USING GIN (cmq_search_document("title", "commune", "description"));
CREATE INDEX "Organisation_search_idx" ON "Organisation" USING GIN (cmq_search_document("name", "acronym", "description"));
CREATE INDEX "Platform_search_idx" ON "Platform" USING GIN (cmq_search_document("name", "acronym", "description"));

-- Typo tolerance: trigram similarity on the normalized titles.
CREATE INDEX "Action_title_trgm_idx" ON "Action" USING GIN (cmq_normalize("title") gin_trgm_ops);
CREATE INDEX "Formation_title_trgm_idx" ON "Formation" USING GIN (cmq_normalize("title") gin_trgm_ops);
CREATE INDEX "Organisation_name_trgm_idx" ON "Organisation" USING GIN (cmq_normalize("name") gin_trgm_ops);
CREATE INDEX "Platform_name_trgm_idx" ON "Platform" USING GIN (cmq_normalize("name") gin_trgm_ops);
