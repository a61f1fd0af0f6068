/**
 * What is current comes first: ongoing and upcoming actions before finished
 * ones (by recency), the hub's selection shared between campuses, and the
 * data's source and date stated.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inVisitorOrder, listActions, listLatestActions } from "@/lib/actions/queries";
import { getFreshness } from "@/lib/freshness/queries";
import { ACTION_STATUS_ORDER } from "@/lib/labels";
import { getMapData } from "@/lib/map/queries";
import { getCampusSitemapPaths } from "@/lib/seo/queries";

const noFilters = { campus: [], status: [], public: [] };

describe("time order", () => {
  it("lists ongoing, then upcoming, then finished actions, the latest finished first", async () => {
    const { items } = await listActions(noFilters, { perPage: 500 });
    const ranks = items.map((a) => ACTION_STATUS_ORDER.indexOf(a.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(items[0].status).not.toBe("TERMINEE");
    const finished = await db.action.findMany({
      where: { publication: "PUBLISHED", status: "TERMINEE", endDate: { not: null } },
      select: { id: true, endDate: true },
    });
    const end = new Map(finished.map((a) => [a.id, a.endDate!.getTime()]));
    const ends = items.filter((a) => end.has(a.id)).map((a) => end.get(a.id)!);
    expect(ends.length).toBeGreaterThan(1);
    expect(ends).toEqual([...ends].sort((a, b) => b - a));
  });

  it("pages in the database the order the application's comparator gives (listStatus, listDate, sortKey)", async () => {
    const rows = await db.action.findMany({
      where: { publication: "PUBLISHED" },
      select: { id: true, status: true, startDate: true, endDate: true, title: true },
    });
    const expected = inVisitorOrder(rows).map((a) => a.id);
    const first = await listActions(noFilters, { perPage: 7 });
    expect(first.pageCount).toBeGreaterThan(1);
    const ids = [...first.items.map((a) => a.id)];
    for (let page = 2; page <= first.pageCount; page++)
      ids.push(...(await listActions(noFilters, { page, perPage: 7 })).items.map((a) => a.id));
    expect(ids).toEqual(expected);
  });

  it("shares the hub's selection between the campuses, current actions first", async () => {
    const latest = await listLatestActions(6);
    expect(latest).toHaveLength(6);
    const leads = new Set(latest.map((a) => a.campuses.find((c) => c.isLead)?.slug));
    expect(leads.size).toBe(6);
    expect(latest.every((a) => a.status !== "TERMINEE")).toBe(true);
    const ti = await listLatestActions(4, "ti");
    expect(ti.every((a) => a.campuses.some((c) => c.slug === "ti"))).toBe(true);
    expect(ti[0].status).toBe("EN_COURS");
  });

  it("says the data comes from the 2018 report, and when it last changed", async () => {
    const hub = await getFreshness();
    expect(hub.reportYear).toBe(2018);
    expect(hub.updatedAt).toBeInstanceOf(Date);
    expect((await getFreshness("ti")).reportYear).toBe(2018);
  });
});

describe("map", () => {
  it("places the campuses at their porteur and lists what it cannot place", { timeout: 60_000 }, async () => {
    const data = await getMapData();
    expect(data.campuses.map((c) => c.slug).sort()).toEqual(["agt", "amf", "itip", "mma", "msi", "ti"]);
    const placed = data.places.reduce((n, p) => n + p.formations + p.platforms + p.organisations, 0);
    expect(placed).toBeGreaterThan(10);
    expect(data.places.every((p) => p.point.x > 0 && p.point.y > 0)).toBe(true);
    const formations = await db.formation.count({ where: { publication: "PUBLISHED" } });
    const formationsPlaced = data.places.reduce((n, p) => n + p.formations, 0);
    expect(formationsPlaced + data.unplaced.filter((u) => u.kind === "formation").length).toBe(formations);
  });
});

describe("nothing empty offered", () => {
  it("a campus without PFT has no PFT page in its sitemap, a campus with some has", async () => {
    expect((await getCampusSitemapPaths("ti")).map((p) => p.path)).not.toContain("/plateformes");
    expect((await getCampusSitemapPaths("amf")).map((p) => p.path)).toContain("/plateformes");
  });
});
