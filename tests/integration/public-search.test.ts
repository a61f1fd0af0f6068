/**
 * The site search, in PostgreSQL (both database modes): French-aware,
 * accent- and case-insensitive, prefix matching, typo-tolerant, ranked,
 * scoped to a campus on its sub-site, safe with any input.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listActions } from "@/lib/actions/queries";
import { listFormations } from "@/lib/formations/queries";
import { listOrganisationsByKind } from "@/lib/organisations/queries";
import { rankedIds, TIER_STEP } from "@/lib/search/ranking";
import { searchSite } from "@/lib/search/queries";

const noFilters = { campus: [], status: [], public: [] };

async function actionTitles(query: string, scope?: "ti" | "agt" | "mma") {
  const ranked = await rankedIds("action", query, scope);
  const rows = await db.action.findMany({
    where: { id: { in: ranked.map((r) => r.id) } },
    select: { id: true, title: true },
  });
  return ranked.map((r) => rows.find((x) => x.id === r.id)!.title);
}

describe("site search", () => {
  it("finds « Métiers d'Art » from « metiers d art » (accents, apostrophes, case)", async () => {
    const titles = await actionTitles("metiers d art");
    expect(titles.length).toBeGreaterThan(3);
    expect(titles.slice(0, 5).every((t) => /métiers d[’']art/i.test(t))).toBe(true);
    expect(await actionTitles("MÉTIERS D’ART")).toEqual(titles);
    const response = await searchSite({ query: "metiers d art" });
    expect(response.results.some((r) => r.kind === "action" && /Métiers d[’']Art/.test(r.title))).toBe(true);
  });

  it("finds « Énergie » from « energie », and the same from « Énergie »", async () => {
    const titles = await actionTitles("energie");
    expect(titles).toEqual(
      expect.arrayContaining([
        "Club Energie Dijon Métropole",
        "Licence CNAM Energie et Développement Durable",
      ]),
    );
    expect(await actionTitles("Énergie")).toEqual(titles);
  });

  it("matches word prefixes and French inflections", async () => {
    expect(await actionTitles("ener")).toEqual(expect.arrayContaining(["Club Energie Dijon Métropole"]));
    // "collégiens" is stemmed: the singular finds the plural.
    expect(await actionTitles("collégien")).toEqual(
      expect.arrayContaining(["Support de communication collégiens"]),
    );
  });

  it("tolerates a typo in a title word", async () => {
    expect(await actionTitles("enrgie")).toEqual(expect.arrayContaining(["Club Energie Dijon Métropole"]));
  });

  it("matches whole words: « energie » finds every « Énergie », not « synergie »", async () => {
    const titles = await actionTitles("energie");
    const published = await db.action.findMany({
      where: { publication: "PUBLISHED" },
      select: { title: true, summary: true, body: true },
    });
    const withWord = published.filter((a) =>
      /(^|[^\p{L}])[ée]nergies?([^\p{L}]|$)/iu.test(`${a.title} ${a.summary} ${a.body}`),
    );
    expect(withWord.length).toBeGreaterThan(2);
    expect(titles).toEqual(expect.arrayContaining(withWord.map((a) => a.title)));
    expect(titles.some((t) => /synergie/i.test(t))).toBe(false);
    // « synergie » itself is found by its own word.
    expect((await actionTitles("synergie")).some((t) => /synergie/i.test(t))).toBe(true);
  });

  it("ranks whole words before word prefixes, and prefixes before typos", async () => {
    // "ener" only starts « Énergie »; "energie" is the word itself; "enrgie" a typo.
    const tier = async (query: string) => Math.floor((await rankedIds("action", query))[0].rank / TIER_STEP);
    expect(await tier("energie")).toBe(3);
    expect(await tier("ener")).toBe(2);
    expect(await tier("enrgie")).toBe(1);
  });

  it.each(["bts", "bac pro", "licence", "dnmade", "BTS énergie"])(
    "puts formations first for the diploma words « %s »",
    async (query) => {
      const response = await searchSite({ query, perPage: 50 });
      const kinds = response.results.map((r) => r.kind);
      expect(response.counts.formation).toBeGreaterThan(0);
      expect(kinds.lastIndexOf("formation")).toBe(response.counts.formation - 1);
      expect(kinds.slice(0, response.counts.formation).every((k) => k === "formation")).toBe(true);
    },
  );

  it("matches a named diploma on the formation's diploma type, not only its title", async () => {
    const title = "Cordonnerie et réparation de chaussures (essai de recherche)";
    await db.formation.create({
      data: {
        key: "test-search-cap",
        slug: "test-search-cap",
        title,
        diploma: "CAP",
        state: "OUVERTE",
        publication: "PUBLISHED",
      },
    });
    const first = (await searchSite({ query: "cap" })).results[0];
    expect(first).toMatchObject({ kind: "formation", title, diploma: "CAP" });
    // The diploma's other words must still match: a CAP about something else is not found.
    expect((await searchSite({ query: "cap cordonnerie" })).results.map((r) => r.title)).toContain(title);
    expect((await searchSite({ query: "cap robotique" })).results.map((r) => r.title)).not.toContain(title);
  });

  it("ranks a title match above a match in the body only", async () => {
    const ranked = await rankedIds("action", "linky");
    const titles = await actionTitles("linky");
    expect(ranked.length).toBeGreaterThan(0);
    expect(titles[0]).toBe("Le compteur Linky et les Smart-Grids");
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].rank).toBeGreaterThanOrEqual(ranked[i].rank);
  });

  it("searches formations, organisations and PFT too, and counts each kind", async () => {
    const response = await searchSite({ query: "maroquinerie" });
    expect(response.counts.action).toBeGreaterThan(0);
    expect(response.total).toBe(Object.values(response.counts).reduce((a, b) => a + b, 0));
    expect((await searchSite({ query: "UIMM" })).counts.organisation).toBeGreaterThan(0);
    expect((await searchSite({ query: "innovalim" })).counts.platform).toBe(1);
    expect((await searchSite({ query: "BTS" })).counts.formation).toBeGreaterThan(0);
    const onlyPlatforms = await searchSite({ query: "innovalim", kind: "platform" });
    expect(onlyPlatforms.results.map((r) => r.kind)).toEqual(["platform"]);
  });

  it("is scoped to a campus on its sub-site", async () => {
    expect(await actionTitles("linky", "ti")).toContain("Le compteur Linky et les Smart-Grids");
    expect(await actionTitles("linky", "agt")).toEqual([]);
    const scoped = await searchSite({ query: "energie", scope: "ti" });
    expect(
      scoped.results
        .filter((r) => r.kind === "action")
        .every((r) => r.kind === "action" && r.campuses.some((c) => c.slug === "ti")),
    ).toBe(true);
  });

  it("paginates the merged results", async () => {
    const all = await searchSite({ query: "formation", perPage: 5 });
    expect(all.total).toBeGreaterThan(5);
    expect(all.results).toHaveLength(5);
    expect(all.pageCount).toBe(Math.ceil(all.total / 5));
    const second = await searchSite({ query: "formation", perPage: 5, page: 2 });
    expect(second.page).toBe(2);
    expect(second.results.map((r) => r.id)).not.toEqual(all.results.map((r) => r.id));
    const beyond = await searchSite({ query: "formation", perPage: 5, page: 999 });
    expect(beyond.page).toBe(all.pageCount);
  });

  it("is safe with any input: quotes, tsquery operators, SQL", async () => {
    for (const q of [
      '\'; DROP TABLE "Action"; --',
      "a & | ! :* ( )",
      "<script>alert(1)</script>",
      "\\",
      "''",
      "la le de",
    ]) {
      await expect(rankedIds("action", q)).resolves.toBeInstanceOf(Array);
      await expect(searchSite({ query: q })).resolves.toHaveProperty("total");
    }
    expect(await db.action.count()).toBeGreaterThan(0);
    expect(await rankedIds("action", "   ")).toEqual([]);
  });

  it("combines with the list filters", async () => {
    const enCours = await listActions({ ...noFilters, status: ["EN_COURS"], q: "energie" });
    expect(enCours.total).toBeGreaterThan(0);
    expect(enCours.items.every((a) => a.status === "EN_COURS")).toBe(true);
    const ti = await listActions({ ...noFilters, campus: ["ti"], q: "energie" });
    expect(ti.items.every((a) => a.campuses.some((c) => c.slug === "ti"))).toBe(true);
    const formations = await listFormations({
      campus: [],
      diploma: ["BTS"],
      level: [],
      modality: [],
      state: [],
      q: "bts",
    });
    expect(formations.items.every((f) => f.diploma === "BTS")).toBe(true);
    const orgs = await listOrganisationsByKind({ campus: [], kind: ["BRANCHE_PROFESSIONNELLE"], q: "uimm" });
    expect(orgs.groups.every((g) => g.kind === "BRANCHE_PROFESSIONNELLE")).toBe(true);
  });
});
