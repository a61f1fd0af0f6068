import "server-only";
import { cachedQueryRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { ActionStatus, DiplomaType, OrganisationKind } from "@/lib/generated/prisma/enums";
import { campusRefSelect, toCampusRef, toCampusRefs, type CampusRef } from "@/lib/campuses/refs";
import { pageWindow } from "@/lib/pagination";
import type { CampusSlug } from "@/lib/site/campuses";
import { diplomaQuery } from "./diplomas";
import { excerptAround, highlightSegments } from "./highlight";
import { rankedPage, type RankedHit, type SearchKind } from "./ranking";
import { typeset } from "@/lib/text/typeset";

export type { SearchKind } from "./ranking";
export const SEARCH_KINDS: SearchKind[] = ["action", "formation", "organisation", "platform"];

export type SearchResult =
  | {
      kind: "action";
      id: string;
      slug: string;
      title: string;
      excerpt: string;
      status: ActionStatus;
      campus: CampusRef;
      campuses: CampusRef[];
    }
  | {
      kind: "formation";
      id: string;
      slug: string;
      title: string;
      excerpt: string;
      diploma: DiplomaType;
      level: number | null;
      place: string | null;
    }
  | {
      kind: "organisation";
      id: string;
      slug: string;
      title: string;
      excerpt: string;
      acronym: string | null;
      orgKind: OrganisationKind;
      city: string | null;
    }
  | {
      kind: "platform";
      id: string;
      slug: string;
      title: string;
      excerpt: string;
      acronym: string | null;
      domain: string | null;
    };

export type SearchResponse = {
  query: string;
  results: SearchResult[];
  /** Matches per kind, whatever the kind filter. */
  counts: Record<SearchKind, number>;
  total: number;
  page: number;
  pageCount: number;
  perPage: number;
};

/** The excerpt that shows why a record matched: the first text with a highlighted word. */
function bestExcerpt(query: string, ...texts: (string | null | undefined)[]): string {
  const candidates = texts.filter((t): t is string => !!t && t.trim() !== "");
  const matching = candidates.find((t) => highlightSegments(t, query).some((s) => s.isMatch));
  return excerptAround(matching ?? candidates[0] ?? "", query);
}

/** Every hit is read with its id (to match its ranked hit) and its slug (its address). */
const HIT_IDENTITY = { id: true, slug: true } as const;

/** The `where` of the published records among some ids. */
type PublishedAmong = { AND: [{ publication: "PUBLISHED" }, { id: { in: string[] } }] };

async function loadResults(hits: RankedHit[], query: string, scope?: CampusSlug): Promise<SearchResult[]> {
  const ids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const PUBLISHED = { publication: "PUBLISHED" } as const;
  /** The published records of one kind among the hits (no query for a kind without hits). */
  const published = async <T>(kind: SearchKind, find: (where: PublishedAmong) => Promise<T[]>) => {
    const among = ids(kind);
    return among.length ? find({ AND: [PUBLISHED, { id: { in: among } }] }) : [];
  };
  const [actions, formations, organisations, platforms] = await Promise.all([
    published("action", (where) =>
      db.action.findMany({
        where,
        select: {
          ...HIT_IDENTITY,
          title: true,
          summary: true,
          body: true,
          status: true,
          campuses: { select: { isLead: true, campus: { select: campusRefSelect } } },
        },
      }),
    ),
    published("formation", (where) =>
      db.formation.findMany({
        where,
        select: {
          ...HIT_IDENTITY,
          title: true,
          description: true,
          diploma: true,
          level: true,
          commune: true,
          establishment: { select: { name: true, city: true, publication: true } },
        },
      }),
    ),
    published("organisation", (where) =>
      db.organisation.findMany({
        where,
        select: { ...HIT_IDENTITY, name: true, acronym: true, kind: true, city: true, description: true },
      }),
    ),
    published("platform", (where) =>
      db.platform.findMany({
        where,
        select: { ...HIT_IDENTITY, name: true, acronym: true, domain: true, description: true },
      }),
    ),
  ]);
  const byKey = new Map<string, SearchResult>();
  for (const a of actions) {
    const campuses = toCampusRefs(a.campuses.map((c) => c.campus));
    const lead = a.campuses.find((c) => c.isLead)?.campus ?? a.campuses[0]?.campus;
    // On a campus sub-site the action opens on that campus; elsewhere on its lead campus.
    const campus = campuses.find((c) => c.slug === scope) ?? (lead ? toCampusRef(lead) : campuses[0]);
    if (!campus) continue;
    byKey.set(`action:${a.id}`, {
      kind: "action",
      id: a.id,
      slug: a.slug,
      title: a.title,
      excerpt: bestExcerpt(query, a.summary, a.body),
      status: a.status,
      campus,
      campuses,
    });
  }
  for (const f of formations) {
    const establishment = f.establishment?.publication === "PUBLISHED" ? f.establishment : null;
    const place = [establishment?.name, f.commune ?? establishment?.city].filter(Boolean).join(", ") || null;
    byKey.set(`formation:${f.id}`, {
      kind: "formation",
      id: f.id,
      slug: f.slug,
      title: f.title,
      excerpt: bestExcerpt(query, f.description),
      diploma: f.diploma,
      level: f.level,
      place,
    });
  }
  for (const o of organisations) {
    byKey.set(`organisation:${o.id}`, {
      kind: "organisation",
      id: o.id,
      slug: o.slug,
      title: o.name,
      excerpt: bestExcerpt(query, o.description),
      acronym: o.acronym,
      orgKind: o.kind,
      city: o.city,
    });
  }
  for (const p of platforms) {
    byKey.set(`platform:${p.id}`, {
      kind: "platform",
      id: p.id,
      slug: p.slug,
      title: p.name,
      excerpt: bestExcerpt(query, p.description),
      acronym: p.acronym,
      domain: p.domain,
    });
  }
  return hits.map((h) => byKey.get(`${h.kind}:${h.id}`)).filter((r): r is SearchResult => !!r);
}

/**
 * Site search across actions, formations, organisations and PFT, ranked by
 * relevance (all kinds merged; formations first when the query names a
 * diploma), one page at a time. With `scope`, only the
 * records of that campus.
 */
export async function searchSite(params: {
  query: string;
  kind?: SearchKind;
  page?: number;
  perPage?: number;
  scope?: CampusSlug;
}): Promise<SearchResponse> {
  "use cache";
  cachedQueryRead("actions", "formations", "organisations", "platforms", "campuses");
  const query = params.query.trim();
  // A diploma word ("bts", "bac pro"…) means a training is sought: formations first.
  const first: SearchKind | null = diplomaQuery(query).diplomas.length ? "formation" : null;
  const perPage = pageWindow(0, 1, params.perPage).perPage;
  const requested = Math.max(1, params.page ?? 1);
  const rankPage = (page: number) =>
    rankedPage({
      kinds: SEARCH_KINDS,
      query,
      campus: params.scope,
      first,
      only: params.kind,
      skip: (page - 1) * perPage,
      take: perPage,
    });
  let ranked = await rankPage(requested);
  const counts = ranked.counts;
  const total = params.kind ? counts[params.kind] : SEARCH_KINDS.reduce((n, k) => n + counts[k], 0);
  const w = pageWindow(total, requested, perPage);
  // A page past the last one shows the last one.
  if (w.page !== requested) ranked = await rankPage(w.page);
  const results = await loadResults(ranked.hits, query, params.scope);
  return typeset({
    query,
    results,
    counts,
    total,
    page: w.page,
    pageCount: w.pageCount,
    perPage: w.perPage,
  });
}
