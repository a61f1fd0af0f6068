import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CampusSlug } from "@/lib/site/campuses";
import { diplomaQuery } from "./diplomas";
import { prefixTsQuery, queryWords } from "./text";

/**
 * Full-text search in PostgreSQL, the same in both database modes. Each
 * searchable row stores `searchDocument` (cmq_search_document: title A,
 * summary B, body C, accent-free, French stemming) and `searchTitle`
 * (cmq_normalize of the title), both generated columns with their indexes
 * (migration 20261206043500). Only published records are ever returned.
 * User input reaches SQL as bound parameters only.
 *
 * Relevance comes in tiers, then by score inside a tier:
 * 4. a formation of a diploma the query names ("bts", "bac pro"…; formations only);
 * 3. every word matches a whole word, inflections included ("energie" →
 *    « Énergie », « énergies »);
 * 2. every word starts a word ("ener" → « Énergie »);
 * 1. only when nothing of this kind matches the words: the title has words
 *    close to the query's (a typo: "enrgie" → « Energie »), by pg_trgm's
 *    strict word similarity (whole words: « synergie » is not
 *    close enough to "energie"; threshold 0.5, the default of
 *    pg_trgm.strict_word_similarity_threshold, which the `<<%` operator
 *    reads and the trigram index serves).
 * Inside a tier: ts_rank (title words weigh most), or for typos the title similarity.
 */
export type SearchKind = "action" | "formation" | "organisation" | "platform";
export type RankedId = { id: string; rank: number };

const MAX_HITS = 1000;
/** Tiers are this far apart, more than any score inside a tier (< 1.5). */
export const TIER_STEP = 10;

function campusScope(kind: SearchKind, campus: CampusSlug | undefined): Prisma.Sql {
  if (!campus) return Prisma.empty;
  switch (kind) {
    case "action":
      return Prisma.sql`AND EXISTS (SELECT 1 FROM "ActionCampus" s JOIN "Campus" c ON c.id = s."campusId" WHERE s."actionId" = t.id AND c.slug = ${campus})`;
    case "formation":
      return Prisma.sql`AND EXISTS (SELECT 1 FROM "FormationCampus" s JOIN "Campus" c ON c.id = s."campusId" WHERE s."formationId" = t.id AND c.slug = ${campus})`;
    case "platform":
      return Prisma.sql`AND EXISTS (SELECT 1 FROM "PlatformCampus" s JOIN "Campus" c ON c.id = s."campusId" WHERE s."platformId" = t.id AND c.slug = ${campus})`;
    case "organisation":
      // A campus's partners: its directory, and the partners of its published actions.
      return Prisma.sql`AND (
        EXISTS (SELECT 1 FROM "CampusOrganisation" s JOIN "Campus" c ON c.id = s."campusId" WHERE s."organisationId" = t.id AND c.slug = ${campus})
        OR EXISTS (SELECT 1 FROM "ActionPartner" p JOIN "Action" a ON a.id = p."actionId" AND a.publication = 'PUBLISHED'
                   JOIN "ActionCampus" s ON s."actionId" = a.id JOIN "Campus" c ON c.id = s."campusId"
                   WHERE p."organisationId" = t.id AND c.slug = ${campus}))`;
  }
}

const TABLES: Record<SearchKind, { table: Prisma.Sql; title: Prisma.Sql }> = {
  action: { table: Prisma.sql`"Action"`, title: Prisma.sql`t."title"` },
  formation: { table: Prisma.sql`"Formation"`, title: Prisma.sql`t."title"` },
  organisation: { table: Prisma.sql`"Organisation"`, title: Prisma.sql`t."name"` },
  platform: { table: Prisma.sql`"Platform"`, title: Prisma.sql`t."name"` },
};

/**
 * A formation of a diploma the query names, matching the query's other
 * words if any; always false for the other kinds.
 */
function diplomaMatch(kind: SearchKind, query: string): Prisma.Sql {
  const { diplomas, otherWords } = diplomaQuery(query);
  if (kind !== "formation" || diplomas.length === 0) return Prisma.sql`FALSE`;
  const rest = prefixTsQuery(otherWords.join(" "));
  const words = rest ? Prisma.sql`t."searchDocument" @@ to_tsquery('french', ${rest})` : Prisma.sql`TRUE`;
  return Prisma.sql`(t.diploma::text = ANY(${diplomas}::text[]) AND ${words})`;
}

/**
 * Published records of one kind matching `query`, best first (see the
 * tiers above). Empty when the query has no word.
 */
export async function rankedIds(kind: SearchKind, query: string, campus?: CampusSlug): Promise<RankedId[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const text = words.join(" ");
  const { table, title } = TABLES[kind];
  const diploma = diplomaMatch(kind, query);
  const scope = campusScope(kind, campus);
  const prefix = Prisma.sql`to_tsquery('french', ${prefixTsQuery(query)})`;
  const exact = Prisma.sql`plainto_tsquery('french', ${text})`;
  const score = Prisma.sql`ts_rank(t."searchDocument", ${prefix}, 32)`;
  const similarity = Prisma.sql`strict_word_similarity(${text}, t."searchTitle")`;
  // The typo search only runs when no record of this kind matches the words
  // (NOT EXISTS on the CTE is evaluated once): typo matches would rank last
  // anyway, and comparing trigrams with every similar title costs far more
  // than the indexed word search.
  const [, rows] = await db.$transaction([
    // The planner prices the word index's heap visits as disk reads and
    // prefers scanning the whole table, which then unpacks every stored
    // document: ten times slower at ten times the data. The data is in
    // memory: price random reads as such, for this statement only.
    db.$executeRaw`SET LOCAL random_page_cost = 1.1`,
    db.$queryRaw<{ id: string; rank: number }[]>`
      WITH matches AS (
        SELECT t.id, ${title} AS title,
               (CASE WHEN ${diploma} THEN 4 WHEN t."searchDocument" @@ ${exact} THEN 3 ELSE 2 END
                * ${TIER_STEP} + ${score})::float8 AS rank
        FROM ${table} t
        WHERE t.publication = 'PUBLISHED' AND (t."searchDocument" @@ ${prefix} OR ${diploma}) ${scope}
      ), typos AS (
        SELECT t.id, ${title} AS title, (${TIER_STEP} + 0.5 * ${similarity})::float8 AS rank
        FROM ${table} t
        WHERE NOT EXISTS (SELECT 1 FROM matches)
          AND t.publication = 'PUBLISHED' AND ${text} <<% t."searchTitle" ${scope}
      )
      SELECT id, rank FROM (SELECT * FROM matches UNION ALL SELECT * FROM typos) hits
      ORDER BY rank DESC, title ASC
      LIMIT ${MAX_HITS}`,
  ]);
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}

/** Orders `items` (with an id) as `ranked`, dropping the ones not ranked. */
export function inRankOrder<T extends { id: string }>(items: T[], ranked: RankedId[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return ranked.map((r) => byId.get(r.id)).filter((i): i is T => !!i);
}
