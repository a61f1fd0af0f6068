import "server-only";
import { db } from "@/lib/db";
import type { ActionStatus, DiplomaType, OrganisationKind } from "@/lib/generated/prisma/enums";
import { campusRefSelect, toCampusRef, toCampusRefs, type CampusRef } from "@/lib/campuses/refs";
import { pageWindow } from "@/lib/pagination";
import type { CampusSlug } from "@/lib/site/campuses";
import { diplomaQuery } from "./diplomas";
import { excerptAround, highlightSegments } from "./highlight";
import { rankedIds, type RankedId, type SearchKind } from "./ranking";

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

type Hit = RankedId & { kind: SearchKind };

/** The excerpt that shows why a record matched: the first text with a highlighted word. */
function bestExcerpt(query: string, ...texts: (string | null | undefined)[]): string {
  const candidates = texts.filter((t): t is string => !!t && t.trim() !== "");
  const matching = candidates.find((t) => highlightSegments(t, query).some((s) => s.isMatch));
  return excerptAround(matching ?? candidates[0] ?? "", query);
}

async function loadResults(hits: Hit[], query: string, scope?: CampusSlug): Promise<SearchResult[]> {
  const ids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const PUBLISHED = { publication: "PUBLISHED" } as const;
  const [actions, formations, organisations, platforms] = await Promise.all([
    ids("action").length
      ? db.action.findMany({
          where: { AND: [PUBLISHED, { id: { in: ids("action") } }] },
          select: {
            id: true,
            slug: true,
            title: true,
            summary: true,
            body: true,
            status: true,
            campuses: { select: { isLead: true, campus: { select: campusRefSelect } } },
          },
        })
      : [],
    ids("formation").length
      ? db.formation.findMany({
          where: { AND: [PUBLISHED, { id: { in: ids("formation") } }] },
          select: {
            id: true,
            slug: true,
            title: true,
            description: true,
            diploma: true,
            level: true,
            commune: true,
            establishment: { select: { name: true, city: true, publication: true } },
          },
        })
      : [],
    ids("organisation").length
      ? db.organisation.findMany({
          where: { AND: [PUBLISHED, { id: { in: ids("organisation") } }] },
          select: {
            id: true,
            slug: true,
            name: true,
            acronym: true,
            kind: true,
            city: true,
            description: true,
          },
        })
      : [],
    ids("platform").length
      ? db.platform.findMany({
          where: { AND: [PUBLISHED, { id: { in: ids("platform") } }] },
          select: { id: true, slug: true, name: true, acronym: true, domain: true, description: true },
        })
      : [],
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
  const query = params.query.trim();
  const perKind = await Promise.all(
    SEARCH_KINDS.map(async (kind) =>
      (await rankedIds(kind, query, params.scope)).map((r) => ({ ...r, kind })),
    ),
  );
  const counts = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, perKind[i].length])) as Record<
    SearchKind,
    number
  >;
  // A diploma word ("bts", "bac pro"…) means a training is sought: formations first.
  const first: SearchKind | null = diplomaQuery(query).diplomas.length ? "formation" : null;
  const hits = perKind
    .flat()
    .filter((h) => !params.kind || h.kind === params.kind)
    .sort(
      (a, b) =>
        Number(b.kind === first) - Number(a.kind === first) ||
        b.rank - a.rank ||
        SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind),
    );
  const w = pageWindow(hits.length, params.page, params.perPage);
  const results = await loadResults(hits.slice(w.skip, w.skip + w.perPage), query, params.scope);
  return {
    query,
    results,
    counts,
    total: hits.length,
    page: w.page,
    pageCount: w.pageCount,
    perPage: w.perPage,
  };
}
