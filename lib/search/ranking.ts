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
 * The CTEs `<kind>_matches` and `<kind>_typos` (id, title, rank) of one
 * kind. The typo search only runs when no record of this kind matches the
 * words (NOT EXISTS on the CTE is evaluated once): typo matches would rank
 * last anyway, and comparing trigrams with every similar title costs far
 * more than the indexed word search.
 */
function hitsOfKind(kind: SearchKind, query: string, campus: CampusSlug | undefined): Prisma.Sql {
  const text = queryWords(query).join(" ");
  const { table, title } = TABLES[kind];
  const diploma = diplomaMatch(kind, query);
  const scope = campusScope(kind, campus);
  const prefix = Prisma.sql`to_tsquery('french', ${prefixTsQuery(query)})`;
  const exact = Prisma.sql`plainto_tsquery('french', ${text})`;
  const score = Prisma.sql`ts_rank(t."searchDocument", ${prefix}, 32)`;
  const similarity = Prisma.sql`strict_word_similarity(${text}, t."searchTitle")`;
  const matches = Prisma.raw(`${kind}_matches`);
  return Prisma.sql`
    ${matches} AS (
      SELECT t.id, ${title} AS title,
             (CASE WHEN ${diploma} THEN 4 WHEN t."searchDocument" @@ ${exact} THEN 3 ELSE 2 END
              * ${TIER_STEP} + ${score})::float8 AS rank
      FROM ${table} t
      WHERE t.publication = 'PUBLISHED' AND (t."searchDocument" @@ ${prefix} OR ${diploma}) ${scope}
    ), ${Prisma.raw(`${kind}_typos`)} AS (
      SELECT t.id, ${title} AS title, (${TIER_STEP} + 0.5 * ${similarity})::float8 AS rank
      FROM ${table} t
      WHERE NOT EXISTS (SELECT 1 FROM ${matches})
        AND t.publication = 'PUBLISHED' AND ${text} <<% t."searchTitle" ${scope}
    )`;
}

/** `<kind>_matches` and `<kind>_typos` together. */
function hitsTable(kind: SearchKind): Prisma.Sql {
  return Prisma.raw(`(SELECT * FROM ${kind}_matches UNION ALL SELECT * FROM ${kind}_typos)`);
}

/**
 * Published records of one kind matching `query`, best first (see the
 * tiers above), at most MAX_HITS. Empty when the query has no word.
 */
export async function rankedIds(kind: SearchKind, query: string, campus?: CampusSlug): Promise<RankedId[]> {
  if (queryWords(query).length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
    WITH ${hitsOfKind(kind, query, campus)}
    SELECT id, rank FROM ${hitsTable(kind)} hits
    ORDER BY rank DESC, title ASC
    LIMIT ${MAX_HITS}`;
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}

export type RankedHit = RankedId & { kind: SearchKind };
export type RankedPage = { hits: RankedHit[]; counts: Record<SearchKind, number> };

/**
 * One page of the site search in one statement: every kind ranked, the
 * matches counted per kind, and only the page's hits sent back — `first`
 * before the others (formations for a diploma word), then by rank, then in
 * the order of `kinds`. With `only`, the page holds that kind alone (the
 * counts still cover every kind).
 */
export async function rankedPage(params: {
  kinds: SearchKind[];
  query: string;
  campus?: CampusSlug;
  first: SearchKind | null;
  only?: SearchKind;
  skip: number;
  take: number;
}): Promise<RankedPage> {
  const counts = Object.fromEntries(params.kinds.map((k) => [k, 0])) as Record<SearchKind, number>;
  if (queryWords(params.query).length === 0) return { hits: [], counts };
  const ctes = Prisma.join(
    params.kinds.map((k) => hitsOfKind(k, params.query, params.campus)),
    ",",
  );
  const all = Prisma.join(
    params.kinds.map(
      (k, order) =>
        Prisma.sql`SELECT ${k}::text AS kind, ${order}::int AS kind_order, h.* FROM ${hitsTable(k)} h`,
    ),
    " UNION ALL ",
  );
  const [row] = await db.$queryRaw<{ counts: Record<string, number> | null; hits: RankedHit[] | null }[]>`
      WITH ${ctes}, hits AS (${all})
      SELECT (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM hits GROUP BY kind) c) AS counts,
             (SELECT json_agg(json_build_object('kind', p.kind, 'id', p.id, 'rank', p.rank)) FROM (
                SELECT kind, id, rank FROM hits
                WHERE ${params.only ?? null}::text IS NULL OR kind = ${params.only ?? null}::text
                ORDER BY (kind = ${params.first}::text) IS TRUE DESC, rank DESC, kind_order, title, id
                OFFSET ${params.skip} LIMIT ${params.take}
             ) p) AS hits`;
  for (const [kind, n] of Object.entries(row?.counts ?? {})) counts[kind as SearchKind] = Number(n);
  return { hits: row?.hits ?? [], counts };
}

/** Orders `items` (with an id) as `ranked`, dropping the ones not ranked. */
export function inRankOrder<T extends { id: string }>(items: T[], ranked: RankedId[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return ranked.map((r) => byId.get(r.id)).filter((i): i is T => !!i);
}
