/**
 * The public list pages issue the same number of SQL queries whatever the
 * amount of data: each page's data functions are run on the seeded 2018
 * content, then again after a synthetic dataset (bench/synthetic-data.ts)
 * multiplied the records, and the SQL statements Prisma sends are counted
 * (its query events, on a client of this file's database).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter";
import { copyTemplate } from "@/tests/support/database";
import { listActions, listCampusActionGroups, listLatestActions } from "@/lib/actions/queries";
import { getKeyFigures } from "@/lib/campuses/queries";
import { listFormations } from "@/lib/formations/queries";
import { getFundingOverview } from "@/lib/fundings/queries";
import { respondList } from "@/lib/opendata/api";
import { getCampusPartners, listOrganisationsByKind } from "@/lib/organisations/queries";
import { listPlatforms } from "@/lib/platforms/queries";
import { searchSite } from "@/lib/search/queries";
import type { Site } from "@/lib/site/links";
import { insertSyntheticData, SYNTHETIC_NAME_PREFIX, type SyntheticSizes } from "@/bench/synthetic-data";

const site: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: null };
const noActionFilters = { campus: [], status: [], public: [] };
const noFormationFilters = { campus: [], diploma: [], level: [], modality: [], state: [] };

/** Each public list page's data functions, as the page calls them (first page, no filter). */
const PAGES: Record<string, () => Promise<unknown>> = {
  "/ (hub)": () => Promise.all([getKeyFigures(), listLatestActions(6)]),
  "/ti (campus home)": () => Promise.all([getKeyFigures("ti"), listLatestActions(6, "ti")]),
  "/actions": () => listActions(noActionFilters),
  "/ti/actions": () => listCampusActionGroups("ti", noActionFilters),
  "/formations": () => listFormations(noFormationFilters),
  "/partenaires": () => listOrganisationsByKind({ campus: [], kind: [] }),
  "/ti/partenaires": () => getCampusPartners("ti"),
  "/plateformes": () => listPlatforms(),
  "/financeurs": () => getFundingOverview(),
  "/api/v1/actions": () => respondList(new Request("https://cmq-bfc.org/api/v1/actions"), "actions", site),
  "/api/v1/formations": () =>
    respondList(new Request("https://cmq-bfc.org/api/v1/formations"), "formations", site),
};

/**
 * Searches, as the search page runs them: one ranking statement (two for a page past the last),
 * then the records of the page, one load per kind present on it (with its relations: an action's
 * campuses, a formation's establishment). How many kinds a page shows depends on the data, so the
 * count is bounded rather than equal: at most 2 + 3 (actions) + 2 (formations) + 1 + 1, at any size.
 */
const SEARCHES: Record<string, () => Promise<unknown>> = {
  "/recherche?q=energie": () => searchSite({ query: "energie" }),
  "/recherche?q=bts&page=2": () => searchSite({ query: "bts", page: 2 }),
  "/recherche?q=formation&page=9999": () => searchSite({ query: "formation", page: 9999 }),
  "/ti/recherche?q=maroquinerie": () => searchSite({ query: "maroquinerie", scope: "ti" }),
  "/recherche?q=enrgie&type=formations": () => searchSite({ query: "enrgie", kind: "formation" }),
};
const MAX_SEARCH_STATEMENTS = 9;

/** Ten times the 2018 content, give or take: enough to show any per-row query. */
const MORE: SyntheticSizes = {
  formations: 150,
  actions: 1000,
  organisations: 200,
  platforms: 20,
  fundings: 60,
};

type Holder = { client?: PrismaClient };
const holder = ((globalThis as { __cmqPrisma?: Holder }).__cmqPrisma ??= {});
const appClient = holder.client;
let counted: PrismaClient;
let closeCounted: () => Promise<void>;
let statements = 0;

/** A client of a private copy of the seeded database that reports every SQL statement it sends. */
async function countingClient(): Promise<{ client: PrismaClient; close: () => Promise<void> }> {
  const copy = await copyTemplate(inject("templateDatabase"), "cmq_count");
  const adapter = createAdapter(copy.config);
  const client = new PrismaClient({ adapter: adapter.factory, log: [{ emit: "event", level: "query" }] });
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await adapter.close();
      await copy.drop();
    },
  };
}

async function queriesPerPage(pages = PAGES): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [page, load] of Object.entries(pages)) {
    statements = 0;
    await load();
    counts[page] = statements;
  }
  return counts;
}

beforeAll(async () => {
  ({ client: counted, close: closeCounted } = await countingClient());
  (counted as PrismaClient & { $on: (e: "query", cb: () => void) => void }).$on("query", () => {
    statements += 1;
  });
  holder.client = counted;
});

afterAll(async () => {
  holder.client = appClient;
  await closeCounted();
});

describe("public list pages at two sizes of data", () => {
  it("issue the same number of SQL queries with ten times the records", async () => {
    const before = await queriesPerPage();
    const searchesBefore = await queriesPerPage(SEARCHES);
    const actionsBefore = (await listActions(noActionFilters)).total;

    const campuses = await counted.campus.findMany({ select: { id: true, slug: true } });
    await insertSyntheticData((sql, params) => counted.$executeRawUnsafe(sql, ...params), campuses, MORE);
    const actionsAfter = (await listActions(noActionFilters)).total;
    expect(actionsAfter).toBeGreaterThan(actionsBefore * 5);
    expect(await counted.formation.count({ where: { title: { startsWith: SYNTHETIC_NAME_PREFIX } } })).toBe(
      MORE.formations,
    );

    const after = await queriesPerPage();
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    expect(after).toEqual(before);

    const searchesAfter = await queriesPerPage(SEARCHES);
    for (const counts of [searchesBefore, searchesAfter]) {
      for (const [page, n] of Object.entries(counts)) {
        expect(n, page).toBeGreaterThan(0);
        expect(n, page).toBeLessThanOrEqual(MAX_SEARCH_STATEMENTS);
      }
    }
    // The synthetic records are searched too: more matches, not more statements.
    expect((await searchSite({ query: "maroquinerie", scope: "ti" })).total).toBeGreaterThan(0);
  });
});
