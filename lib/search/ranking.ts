import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CampusSlug } from "@/lib/site/campuses";
import { prefixTsQuery, queryWords } from "./text";

/**
 * Full-text search in PostgreSQL, the same in both database modes:
 * `cmq_search_document` (migration 20261126140000) weighs title A,
 * summary B, body C on accent-free text with French stemming; the query
 * matches every word as a prefix; pg_trgm similarity on the title catches
 * typos. Only published records are ever returned. User input reaches SQL
 * as bound parameters only.
 */
export type SearchKind = "action" | "formation" | "organisation" | "platform";
export type RankedId = { id: string; rank: number };

/** Word similarity (0–1) from which a title counts as a typo match. */
const TYPO_THRESHOLD = 0.5;
const MAX_HITS = 1000;

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

/**
 * Table, document and title expressions of a kind: the document is the
 * kind's three searched columns, the title its first. Built from constants
 * only, and written exactly as the indexes of the migration, so they use them.
 */
function searchSource(table: string, [title, second, third]: [string, string, string]) {
  return {
    table: Prisma.raw(`"${table}"`),
    document: Prisma.raw(`cmq_search_document(t."${title}", t."${second}", t."${third}")`),
    title: Prisma.raw(`t."${title}"`),
  };
}

const SOURCES: Record<SearchKind, ReturnType<typeof searchSource>> = {
  action: searchSource("Action", ["title", "summary", "body"]),
  formation: searchSource("Formation", ["title", "commune", "description"]),
  organisation: searchSource("Organisation", ["name", "acronym", "description"]),
  platform: searchSource("Platform", ["name", "acronym", "description"]),
};

/**
 * Published records of one kind matching `query`, best first. Empty when
 * the query has no word.
 */
export async function rankedIds(kind: SearchKind, query: string, campus?: CampusSlug): Promise<RankedId[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const tsquery = prefixTsQuery(query);
  const text = words.join(" ");
  const { table, document, title } = SOURCES[kind];
  const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT t.id,
           (ts_rank(${document}, q.tsq) + 0.5 * word_similarity(q.norm, cmq_normalize(${title})))::float8 AS rank
    FROM ${table} t,
         (SELECT to_tsquery('french', ${tsquery}) AS tsq, ${text}::text AS norm) q
    WHERE t.publication = 'PUBLISHED'
      AND (${document} @@ q.tsq OR word_similarity(q.norm, cmq_normalize(${title})) >= ${TYPO_THRESHOLD})
      ${campusScope(kind, campus)}
    ORDER BY rank DESC, ${title} ASC
    LIMIT ${MAX_HITS}`;
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}

/** Orders `items` (with an id) as `ranked`, dropping the ones not ranked. */
export function inRankOrder<T extends { id: string }>(items: T[], ranked: RankedId[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return ranked.map((r) => byId.get(r.id)).filter((i): i is T => !!i);
}
