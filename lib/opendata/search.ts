import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The `q` filter of the API: French-aware and accent-insensitive, done in
 * PostgreSQL (both database modes have `unaccent` and the `french`
 * configuration; cmq_normalize comes from the search migration). A record
 * matches when its text matches the French full-text query (so "formations"
 * finds "formation") or contains every word of the query ("metiers d art"
 * finds "Métiers d'Art").
 */
const TABLES = {
  actions: Prisma.raw(`"Action"`),
  formations: Prisma.raw(`"Formation"`),
  partners: Prisma.raw(`"Organisation"`),
} as const;

/** The searchable text of each table (fixed SQL, never user input). */
const TEXT = {
  actions: Prisma.raw(`concat_ws(' ', title, summary, body)`),
  formations: Prisma.raw(`concat_ws(' ', title, description, commune, rncp, cfd)`),
  partners: Prisma.raw(`concat_ws(' ', name, acronym, description, city)`),
} as const;

export type SearchableCollection = keyof typeof TEXT;

export function searchWords(q: string): string[] {
  return q
    .split(/[\s'’,;:.!?()«»"“”/-]+/u)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, 12);
}

/** Ids of the published records of `collection` matching `q`. */
export async function searchIds(collection: SearchableCollection, q: string): Promise<string[]> {
  const words = searchWords(q);
  if (words.length === 0) return [];
  const text = TEXT[collection];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${TABLES[collection]}
    WHERE publication = 'PUBLISHED'
      AND (
        to_tsvector('french', cmq_normalize(${text})) @@ plainto_tsquery('french', cmq_normalize(${q}))
        OR NOT EXISTS (
          SELECT 1 FROM unnest(${words}::text[]) AS w
          WHERE strpos(cmq_normalize(${text}), cmq_normalize(w)) = 0
        )
      )`;
  return rows.map((r) => r.id);
}
