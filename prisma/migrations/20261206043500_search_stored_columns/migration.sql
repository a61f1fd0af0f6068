-- Search documents and normalized titles stored with each row (written by
-- hand: Prisma does not model generated columns, so the snapshot diff never
-- touches them, and the client never reads or writes them).
--
-- Until now every query recomputed cmq_search_document() (unaccent + French
-- stemming of title, summary and body) for each matching row to rank it, and
-- cmq_normalize(title) for each candidate of the typo match: fine for a
-- hundred records, tens of milliseconds at ten times the data. Stored
-- generated columns compute them once per write; the indexes move onto them.

ALTER TABLE "Action"
  ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (cmq_search_document("title", "summary", "body")) STORED,
  ADD COLUMN "searchTitle" text GENERATED ALWAYS AS (cmq_normalize("title")) STORED;
ALTER TABLE "Formation"
  ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (cmq_search_document("title", "commune", "description")) STORED,
  ADD COLUMN "searchTitle" text GENERATED ALWAYS AS (cmq_normalize("title")) STORED;
ALTER TABLE "Organisation"
  ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (cmq_search_document("name", "acronym", "description")) STORED,
  ADD COLUMN "searchTitle" text GENERATED ALWAYS AS (cmq_normalize("name")) STORED;
ALTER TABLE "Platform"
  ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (cmq_search_document("name", "acronym", "description")) STORED,
  ADD COLUMN "searchTitle" text GENERATED ALWAYS AS (cmq_normalize("name")) STORED;

DROP INDEX "Action_search_idx";
DROP INDEX "Formation_search_idx";
DROP INDEX "Organisation_search_idx";
DROP INDEX "Platform_search_idx";
DROP INDEX "Action_title_trgm_idx";
DROP INDEX "Formation_title_trgm_idx";
DROP INDEX "Organisation_name_trgm_idx";
DROP INDEX "Platform_name_trgm_idx";

CREATE INDEX "Action_searchDocument_idx" ON "Action" USING GIN ("searchDocument");
CREATE INDEX "Formation_searchDocument_idx" ON "Formation" USING GIN ("searchDocument");
CREATE INDEX "Organisation_searchDocument_idx" ON "Organisation" USING GIN ("searchDocument");
CREATE INDEX "Platform_searchDocument_idx" ON "Platform" USING GIN ("searchDocument");

-- Typo tolerance: the `<<%` operator (strict word similarity above
-- pg_trgm.strict_word_similarity_threshold, 0.5 by default) is served by these.
CREATE INDEX "Action_searchTitle_trgm_idx" ON "Action" USING GIN ("searchTitle" gin_trgm_ops);
CREATE INDEX "Formation_searchTitle_trgm_idx" ON "Formation" USING GIN ("searchTitle" gin_trgm_ops);
CREATE INDEX "Organisation_searchTitle_trgm_idx" ON "Organisation" USING GIN ("searchTitle" gin_trgm_ops);
CREATE INDEX "Platform_searchTitle_trgm_idx" ON "Platform" USING GIN ("searchTitle" gin_trgm_ops);
