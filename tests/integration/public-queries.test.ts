/**
 * The public read layer on the seeded 2018 report: filters, pagination,
 * grouping as in Annexe I, campus scope, key figures, fundings, governance,
 * partners, the yearly report, the map and the sitemaps.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getActionFilterOptions,
  getCampusAction,
  listActions,
  listCampusActionGroups,
} from "@/lib/actions/queries";
import { getCampusYearReport, getKeyFigures, listCampusReportYears } from "@/lib/campuses/queries";
import { getFormation, getFormationFilterOptions, listFormations } from "@/lib/formations/queries";
import { Audience, DiplomaType, Modality } from "@/lib/generated/prisma/enums";
import { amountForYear, getFundingOverview } from "@/lib/fundings/queries";
import { getCmqOverview, splitSections } from "@/lib/governance/queries";
import { getMapData } from "@/lib/map/queries";
import { getCampusPartners, getOrganisation, listOrganisationsByKind } from "@/lib/organisations/queries";
import { getPlatform, listPlatforms } from "@/lib/platforms/queries";
import { getCampusSitemapPaths, getHubSitemapPaths } from "@/lib/seo/queries";

const noFilters = { campus: [], status: [], public: [] };
const noFormationFilters = { campus: [], diploma: [], level: [], modality: [], state: [] };

describe("actions", () => {
  it("paginate with a clamped page number", async () => {
    const first = await listActions(noFilters, { perPage: 10 });
    expect(first.total).toBeGreaterThan(20);
    expect(first.items).toHaveLength(10);
    expect(first.pageCount).toBe(Math.ceil(first.total / 10));
    const last = await listActions(noFilters, { perPage: 10, page: 10_000 });
    expect(last.page).toBe(first.pageCount);
    expect(last.items.length).toBe(first.total - (first.pageCount - 1) * 10);
    const ids = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++)
      (await listActions(noFilters, { perPage: 10, page })).items.forEach((a) => ids.add(a.id));
    expect(ids.size).toBe(first.total);
  });

  it("filter by campus, status, year, public and axis", async () => {
    const ti = await listActions({ ...noFilters, campus: ["ti"] }, { perPage: 100 });
    expect(ti.items.every((a) => a.campuses.some((c) => c.slug === "ti"))).toBe(true);
    const done = await listActions({ ...noFilters, status: ["TERMINEE"] }, { perPage: 100 });
    expect(done.items.every((a) => a.status === "TERMINEE")).toBe(true);
    const y2018 = await listActions({ ...noFilters, year: 2018 }, { perPage: 100 });
    expect(y2018.items.every((a) => a.reportYears.includes(2018))).toBe(true);
    const pupils = await listActions({ ...noFilters, public: ["COLLEGIENS"] }, { perPage: 100 });
    expect(pupils.total).toBeGreaterThan(0);
    expect(pupils.items.every((a) => a.audiences.includes("COLLEGIENS"))).toBe(true);
    const options = await getActionFilterOptions();
    expect(options.years).toContain(2018);
    const axis = options.axes[0];
    const byAxis = await listActions({ ...noFilters, axis: axis.key }, { perPage: 100 });
    expect(byAxis.total).toBeGreaterThan(0);
  });

  it("group a campus's actions as Annexe I does (TI: 9 en cours, 5 projetées, 5 terminées)", async () => {
    const { groups, total } = await listCampusActionGroups("ti", noFilters);
    expect(groups.map((g) => g.status)).toEqual(["EN_COURS", "PROJETEE", "TERMINEE"]);
    expect(Object.fromEntries(groups.map((g) => [g.status, g.actions.length]))).toEqual({
      EN_COURS: 9,
      PROJETEE: 5,
      TERMINEE: 5,
    });
    expect(total).toBe(19);
    expect(groups.find((g) => g.status === "TERMINEE")!.actions.map((a) => a.title)).toContain("#BIMARCSDOR");
  });

  it("show an action only on a campus that owns it, with its partners, formations and co-owners", async () => {
    const action = await getCampusAction("ti", "compteur-linky-smart-grids");
    expect(action?.title).toBe("Le compteur Linky et les Smart-Grids");
    expect(action?.partners.map((p) => p.slug)).toContain("enedis");
    expect(await getCampusAction("agt", "compteur-linky-smart-grids")).toBeNull();
    const coOwned = await db.action.findFirstOrThrow({
      where: { publication: "PUBLISHED", campuses: { some: { isLead: false } } },
      include: { campuses: { include: { campus: true } } },
    });
    for (const c of coOwned.campuses) {
      const seen = await getCampusAction(c.campus.slug as "ti", coOwned.slug);
      expect(seen?.campuses.map((x) => x.slug).sort()).toEqual(
        coOwned.campuses.map((x) => x.campus.slug).sort(),
      );
      expect(seen?.campuses[0].isLead).toBe(true);
    }
  });
});

describe("formations, partners and PFT", () => {
  it("filter the catalogue by diploma, level, département and establishment", async () => {
    const all = await listFormations(noFormationFilters, { perPage: 100 });
    expect(all.total).toBe(15);
    const bts = await listFormations({ ...noFormationFilters, diploma: ["BTS"] });
    expect(bts.items.every((f) => f.diploma === "BTS")).toBe(true);
    const level5 = await listFormations({ ...noFormationFilters, level: [5] });
    expect(level5.items.every((f) => f.level === 5)).toBe(true);
    const options = await getFormationFilterOptions();
    for (const d of options.departements) {
      const inDep = await listFormations({ ...noFormationFilters, departement: d.value }, { perPage: 100 });
      expect(inDep.total).toBeGreaterThan(0);
      expect(inDep.items.every((f) => f.departement === d.value)).toBe(true);
    }
    for (const e of options.establishments) {
      const byEstablishment = await listFormations(
        { ...noFormationFilters, establishment: e.value },
        { perPage: 100 },
      );
      expect(byEstablishment.items.every((f) => f.establishment?.slug === e.value)).toBe(true);
    }
  });

  it("offer the audiences in the schema's order (collégiens, lycéens… grand public), whatever order the actions come in", async () => {
    const { audiences } = await getActionFilterOptions();
    expect(audiences.length).toBeGreaterThan(5);
    expect(audiences).toEqual(Object.values(Audience).filter((a) => audiences.includes(a)));
    expect(audiences.slice(0, 2)).toEqual(["COLLEGIENS", "LYCEENS"]);
  });

  it("offer the filters' choices in the schema's order, whatever order the formations come in", async () => {
    const options = await getFormationFilterOptions();
    // The 2018 data holds bac pro, BTS, DU, licences, DNMADe and "autre formation": CAP side first, the rest last.
    expect(options.diplomas).toEqual(Object.values(DiplomaType).filter((d) => options.diplomas.includes(d)));
    expect(options.diplomas.slice(0, 2)).toEqual(["BAC_PRO", "BTS"]);
    expect(options.diplomas.at(-1)).toBe("AUTRE");
    expect(options.modalities).toEqual(Object.values(Modality).filter((m) => options.modalities.includes(m)));
    expect(options.modalities[0]).toBe("SCOLAIRE");
    expect(options.states).toEqual(["OUVERTE", "EN_PROJET"]);
    // The catalogue's introduction: most frequent first, ties in the schema's order (a stable sentence).
    const declared = Object.values(DiplomaType);
    for (const [a, b] of options.diplomaCounts.slice(1).map((next, i) => [options.diplomaCounts[i], next]))
      expect(
        a.count > b.count ||
          (a.count === b.count && declared.indexOf(a.diploma) < declared.indexOf(b.diploma)),
      ).toBe(true);
  });

  it("give a formation page its actions", async () => {
    const linked = await db.actionFormation.findFirstOrThrow({ include: { formation: true } });
    const f = await getFormation(linked.formation.slug);
    expect(f?.actions.length).toBeGreaterThan(0);
  });

  it("list partners by kind, and a partner's campuses, roles and actions", async () => {
    const { groups, total } = await listOrganisationsByKind({ campus: [], kind: [] });
    expect(total).toBe(groups.reduce((n, g) => n + g.organisations.length, 0));
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
    const enedis = await getOrganisation("enedis");
    expect(enedis?.campuses.map((c) => c.slug)).toContain("ti");
    expect(enedis?.actions.map((a) => a.slug)).toContain("compteur-linky-smart-grids");
    expect(enedis?.campusRoles.find((r) => r.campus.slug === "ti")?.roles).toContain("PARTENAIRE");
  });

  it("show AGT's conseil de perfectionnement in its three colleges (Annexe B)", async () => {
    const partners = await getCampusPartners("agt");
    expect(partners.council.map((g) => g.college)).toEqual([
      "FORMATION",
      "BRANCHES_PROFESSIONNELLES",
      "INSTITUTIONNELS",
    ]);
    expect(partners.council.flatMap((g) => g.members.map((m) => m.name))).toEqual(
      expect.arrayContaining(["OPCALIM", "Vitagora"]),
    );
    expect(partners.byRole.find((g) => g.role === "STRUCTURE_PORTEUSE")?.partners).toHaveLength(1);
  });

  it("list the 13 PFT and each one's campuses", async () => {
    const platforms = await listPlatforms();
    expect(platforms).toHaveLength(13);
    expect((await listPlatforms("amf")).map((p) => p.slug)).toContain("npmf");
    expect((await getPlatform("npmf"))?.isLabelled).toBe(false);
  });
});

describe("figures, fundings, governance, reports", () => {
  it("compute the key figures from the data", async () => {
    const figures = await getKeyFigures();
    expect(figures.platforms).toBe(13);
    expect(figures.formations).toBe(15);
    expect(figures.actions).toBe(
      figures.actionsByStatus.EN_COURS + figures.actionsByStatus.PROJETEE + figures.actionsByStatus.TERMINEE,
    );
    expect(figures.actions).toBe(await db.action.count({ where: { publication: "PUBLISHED" } }));
    expect((await getKeyFigures("ti")).actions).toBe(19);
  });

  it("sum the amounts by year: yearly amounts every year, one-year totals that year", async () => {
    expect(
      amountForYear({ amountEuros: 15000, amountBasis: "PER_YEAR", startYear: 2018, endYear: 2020 }, 2019),
    ).toBe(15000);
    expect(
      amountForYear({ amountEuros: 15000, amountBasis: "PER_YEAR", startYear: 2018, endYear: 2020 }, 2021),
    ).toBe(0);
    expect(
      amountForYear({ amountEuros: 30000, amountBasis: "TOTAL", startYear: 2017, endYear: 2017 }, 2017),
    ).toBe(30000);
    expect(
      amountForYear({ amountEuros: 30000, amountBasis: "TOTAL", startYear: 2017, endYear: 2019 }, 2018),
    ).toBe(0);
    const overview = await getFundingOverview();
    const region = overview.funders.find((f) => f.slug === "region-bfc")!;
    // "15 K euros par campus a priori pour leurs trois premières années": a total over 2018–2020,
    // never spread over single years, counted apart.
    expect(region.byYear).toEqual({});
    expect(region.multiYearTotal).toBe(6 * 15000);
    expect(overview.funders.find((f) => f.slug === "pma")!.byYear).toEqual({ 2017: 30000, 2018: 15000 });
    expect(overview.years).toEqual([2017, 2018, 2019, 2020]);
    expect(overview.totalsByYear[2018]).toBe(overview.funders.reduce((s, f) => s + (f.byYear[2018] ?? 0), 0));
  });

  it("bring the 11 labelling criteria, the two campus projects and the regional instances", async () => {
    const overview = await getCmqOverview();
    expect(overview.year).toBe(2018);
    expect(overview.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(overview.newCampuses.map((p) => p.title)).toEqual(["Agro-équipement", "Logistique-Transport"]);
    const copil = overview.regionalInstances.find((i) => i.kind === "COMITE_PILOTAGE_REGIONAL")!;
    expect(copil.meetings.map((m) => m.date)).toEqual(["24 avril 2018", "21 juin 2018", "23 octobre 2018"]);
    expect(overview.positioning.map((s) => s.title)).toEqual(
      expect.arrayContaining(["Objectifs", "Gouvernance"]),
    );
    expect(overview.porteurs).toHaveLength(6);
    expect(splitSections("intro\n### A\ntext a\n### B\ntext b")).toEqual([
      { title: null, body: "intro" },
      { title: "A", body: "text a" },
      { title: "B", body: "text b" },
    ]);
  });

  it("give a campus's 2018 report its narrative and the year's actions by status", async () => {
    expect(await listCampusReportYears("ti")).toEqual([2018]);
    const report = await getCampusYearReport("ti", 2018);
    expect(report?.sections.map((s) => s.key)).toEqual(
      expect.arrayContaining(["summary", "strategy", "governance"]),
    );
    expect(report?.actionCount).toBe(19);
    expect(await getCampusYearReport("ti", 1999)).toBeNull();
    expect(await getCampusYearReport("zz", 2018)).toBeNull();
  });
});

describe("map and sitemaps", () => {
  it("place formations, PFT and partners in the eight départements first", async () => {
    const map = await getMapData();
    expect(map.departements.slice(0, 8).map((d) => d.code)).toEqual([
      "21",
      "25",
      "39",
      "58",
      "70",
      "71",
      "89",
      "90",
    ]);
    expect(map.departements.find((d) => d.code === "25")!.name).toBe("Doubs");
    const located = map.departements.reduce((n, d) => n + d.formations.length, 0);
    expect(located + map.unlocated.formations).toBe(15);
  });

  it("list each host's canonical pages", async () => {
    const hub = (await getHubSitemapPaths()).map((p) => p.path);
    expect(hub).toEqual(
      expect.arrayContaining([
        "/",
        "/actions",
        "/formations/bac-pro-bit",
        "/partenaires/enedis",
        "/plateformes/npmf",
      ]),
    );
    expect(hub.some((p) => p.startsWith("/ti"))).toBe(false);
    const ti = (await getCampusSitemapPaths("ti")).map((p) => p.path);
    expect(ti).toEqual(
      expect.arrayContaining(["/", "/actions", "/bilan/2018", "/actions/compteur-linky-smart-grids"]),
    );
    expect(ti.filter((p) => p.startsWith("/actions/"))).toHaveLength(19);
  });
});
