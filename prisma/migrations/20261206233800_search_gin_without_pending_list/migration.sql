-- The search's GIN indexes without a pending list (written by hand, like
-- 20261206043500: Prisma does not model these storage parameters).
--
-- With GIN's default fastupdate, new entries go to a pending list that every
-- search scans in full until a VACUUM merges it. After a bulk write (a CSV
-- import of formations, the ×10 benchmark dataset) that list holds thousands
-- of rows: on the ×10 data an index scan for a word prefix took 16–26 ms per
-- table with the list, 0.1–4 ms without. The portal's writes are few and
-- small, so each one updates the index directly; the lists left by earlier
-- writes are merged now.

ALTER INDEX "Action_searchDocument_idx" SET (fastupdate = off);
ALTER INDEX "Formation_searchDocument_idx" SET (fastupdate = off);
ALTER INDEX "Organisation_searchDocument_idx" SET (fastupdate = off);
ALTER INDEX "Platform_searchDocument_idx" SET (fastupdate = off);
ALTER INDEX "Action_searchTitle_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Formation_searchTitle_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Organisation_searchTitle_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Platform_searchTitle_trgm_idx" SET (fastupdate = off);

SELECT gin_clean_pending_list(i::regclass) FROM unnest(ARRAY[
  '"Action_searchDocument_idx"', '"Formation_searchDocument_idx"',
  '"Organisation_searchDocument_idx"', '"Platform_searchDocument_idx"',
  '"Action_searchTitle_trgm_idx"', '"Formation_searchTitle_trgm_idx"',
  '"Organisation_searchTitle_trgm_idx"', '"Platform_searchTitle_trgm_idx"'
]) AS i;
