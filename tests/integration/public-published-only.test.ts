/**
 * Only published content is public: drafts and archived records, linked to
 * a campus and to published records the way real ones are, never appear in
 * any public read (lists, details, search, counts, filters, map, sitemaps,
 * fundings, a campus's partners).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  countActionsByStatus,
  getActionFilterOptions,
  getCampusAction,
  listActions,
  listCampusActionGroups,
  listLatestActions,
} from "@/lib/actions/queries";
import { getCampusYearReport, getKeyFigures } from "@/lib/campuses/queries";
import {
  getFormation,
  getFormationFilterOptions,
  listAllFormationCards,
  listFormations,
} from "@/lib/formations/queries";
import { getFundingOverview } from "@/lib/fundings/queries";
import { getMapData } from "@/lib/map/queries";
import {
  getCampusPartners,
  getOrganisation,
  getOrganisationKinds,
  listOrganisationsByKind,
} from "@/lib/organisations/queries";
import { getPlatform, listPlatforms } from "@/lib/platforms/queries";
import { rankedIds } from "@/lib/search/ranking";
import { searchSite } from "@/lib/search/queries";
import { getCampusSitemapPaths, getHubSitemapPaths } from "@/lib/seo/queries";

const WORD = "Zorglubien";
const STATES = ["DRAFT", "ARCHIVED"] as const;
const noFilters = { campus: [], status: [], public: [] };
const noFormationFilters = { campus: [], diploma: [], level: [], modality: [], state: [] };

type Hidden = { slug: string; id: string };
const hidden: { actions: Hidden[]; formations: Hidden[]; organisations: Hidden[]; platforms: Hidden[] } = {
  actions: [],
  formations: [],
  organisations: [],
  platforms: [],
};
let before: Awaited<ReturnType<typeof snapshot>>;
let publishedActionSlug = "";

/** Everything countable in the public reads, to compare before and after the hidden records exist. */
async function snapshot() {
  return {
    figures: await getKeyFigures(),
    figuresTi: await getKeyFigures("ti"),
    byStatus: await countActionsByStatus(),
    actionsTotal: (await listActions(noFilters)).total,
    formationsTotal: (await listFormations(noFormationFilters)).total,
    organisationsTotal: (await listOrganisationsByKind({ campus: [], kind: [] })).total,
    kinds: await getOrganisationKinds(),
    platforms: (await listPlatforms()).length,
    hubSitemap: (await getHubSitemapPaths()).length,
    tiSitemap: (await getCampusSitemapPaths("ti")).length,
    funders: (await getFundingOverview()).funders.length,
    tiPartners: (await getCampusPartners("ti")).total,
  };
}

beforeAll(async () => {
  before = await snapshot();
  const ti = await db.campus.findUniqueOrThrow({ where: { slug: "ti" } });
  const published = await db.action.findFirstOrThrow({
    where: { publication: "PUBLISHED", campuses: { some: { campusId: ti.id } } },
    select: { id: true, slug: true },
  });
  publishedActionSlug = published.slug;
  for (const state of STATES) {
    const tag = `${state.toLowerCase()}-${WORD.toLowerCase()}`;
    const org = await db.organisation.create({
      data: {
        key: `org-${tag}`,
        slug: `org-${tag}`,
        name: `Entreprise ${WORD} ${state}`,
        kind: "AUTRE",
        city: `${WORD}ville`,
        departement: "58",
        description: `Partenaire ${WORD}`,
        publication: state,
      },
    });
    hidden.organisations.push(org);
    await db.campusOrganisation.create({
      data: {
        campusId: ti.id,
        organisationId: org.id,
        roles: ["PARTENAIRE", "CONSEIL_PERFECTIONNEMENT"],
        councilCollege: "FORMATION",
      },
    });
    await db.actionPartner.create({ data: { actionId: published.id, organisationId: org.id, role: WORD } });
    await db.funding.create({
      data: {
        key: `funding-${tag}`,
        funderId: org.id,
        campusId: ti.id,
        kind: "SUBVENTION",
        amountEuros: 99999,
        amountBasis: "TOTAL",
        startYear: 2031,
        endYear: 2031,
        purpose: WORD,
      },
    });

    const formation = await db.formation.create({
      data: {
        key: `formation-${tag}`,
        slug: `formation-${tag}`,
        title: `BTS ${WORD} ${state}`,
        diploma: "BTS",
        level: 5,
        state: "OUVERTE",
        commune: `${WORD}ville`,
        departement: "58",
        description: WORD,
        publication: state,
        campuses: { create: { campusId: ti.id } },
      },
    });
    hidden.formations.push(formation);
    await db.actionFormation.create({ data: { actionId: published.id, formationId: formation.id } });

    const platform = await db.platform.create({
      data: {
        key: `pft-${tag}`,
        slug: `pft-${tag}`,
        name: `Plateforme ${WORD} ${state}`,
        departement: "58",
        description: WORD,
        publication: state,
        campuses: { create: { campusId: ti.id } },
      },
    });
    hidden.platforms.push(platform);
    await db.actionPlatform.create({ data: { actionId: published.id, platformId: platform.id } });

    const action = await db.action.create({
      data: {
        slug: `action-${tag}`,
        title: `Salon ${WORD} ${state}`,
        summary: `Résumé ${WORD}`,
        status: "EN_COURS",
        reportYears: [2031],
        audiences: ["PARENTS"],
        startDate: new Date("2031-03-01"),
        startPrecision: "DAY",
        publication: state,
        publishedAt: new Date(Date.now() + 86_400_000),
        campuses: { create: { campusId: ti.id, isLead: true } },
        partners: { create: { organisationId: hidden.organisations[0].id } },
      },
    });
    hidden.actions.push(action);
  }
});

describe("drafts and archived records are never public", () => {
  it("leave every count, total and sitemap unchanged", async () => {
    expect(await snapshot()).toEqual(before);
  });

  it("are absent from the action lists, groups, latest actions and filter options", async () => {
    const slugs = hidden.actions.map((a) => a.slug);
    const all = await listActions(noFilters, { perPage: 1000 });
    for (const slug of slugs) {
      expect(all.items.some((a) => a.slug === slug)).toBe(false);
      expect((await listActions({ ...noFilters, year: 2031 })).total).toBe(0);
      const groups = await listCampusActionGroups("ti", noFilters);
      expect(groups.groups.flatMap((g) => g.actions).some((a) => a.slug === slug)).toBe(false);
      expect((await listLatestActions(50)).some((a) => a.slug === slug)).toBe(false);
      expect((await listLatestActions(50, "ti")).some((a) => a.slug === slug)).toBe(false);
      expect(await getCampusAction("ti", slug)).toBeNull();
    }
    expect((await getActionFilterOptions()).years).not.toContain(2031);
    expect(await getCampusYearReport("ti", 2031)).toBeNull();
  });

  it("are not linked from a published action's page", async () => {
    const action = await getCampusAction("ti", publishedActionSlug);
    expect(action).not.toBeNull();
    const names = JSON.stringify(action);
    expect(names).not.toContain(WORD);
  });

  it("are absent from formations, organisations and PFT, lists and pages", async () => {
    for (const f of hidden.formations) {
      expect(await getFormation(f.slug)).toBeNull();
      expect(
        (await listFormations(noFormationFilters, { perPage: 1000 })).items.some((x) => x.slug === f.slug),
      ).toBe(false);
      expect(
        (await listFormations(noFormationFilters, { perPage: 1000, scope: "ti" })).items.some(
          (x) => x.slug === f.slug,
        ),
      ).toBe(false);
      expect((await listAllFormationCards()).some((x) => x.slug === f.slug)).toBe(false);
    }
    expect((await getFormationFilterOptions()).communes).not.toContain(`${WORD}ville`);
    for (const o of hidden.organisations) {
      expect(await getOrganisation(o.slug)).toBeNull();
      const { groups } = await listOrganisationsByKind({ campus: [], kind: [] });
      expect(groups.flatMap((g) => g.organisations).some((x) => x.slug === o.slug)).toBe(false);
      const partners = await getCampusPartners("ti");
      expect(JSON.stringify(partners)).not.toContain(WORD);
    }
    for (const p of hidden.platforms) {
      expect(await getPlatform(p.slug)).toBeNull();
      expect((await listPlatforms()).some((x) => x.slug === p.slug)).toBe(false);
      expect((await listPlatforms("ti")).some((x) => x.slug === p.slug)).toBe(false);
    }
  });

  it("are absent from search, everywhere and on the campus", async () => {
    for (const kind of ["action", "formation", "organisation", "platform"] as const) {
      expect(await rankedIds(kind, WORD)).toEqual([]);
      expect(await rankedIds(kind, WORD, "ti")).toEqual([]);
    }
    expect((await searchSite({ query: WORD })).total).toBe(0);
    expect((await searchSite({ query: WORD, scope: "ti" })).total).toBe(0);
    expect((await listActions({ ...noFilters, q: WORD })).total).toBe(0);
    expect((await listFormations({ ...noFormationFilters, q: WORD })).total).toBe(0);
    expect((await listOrganisationsByKind({ campus: [], kind: [], q: WORD })).total).toBe(0);
  });

  it("are absent from the map, the sitemaps and the funding overview", async () => {
    const map = JSON.stringify(await getMapData());
    expect(map).not.toContain(WORD);
    const sitemaps = JSON.stringify([
      ...(await getHubSitemapPaths()),
      ...(await getCampusSitemapPaths("ti")),
    ]);
    expect(sitemaps).not.toContain(WORD.toLowerCase());
    const fundings = await getFundingOverview();
    expect(JSON.stringify(fundings)).not.toContain(WORD);
    expect(fundings.years).not.toContain(2031);
  });
});
