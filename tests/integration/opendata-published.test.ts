import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { respondItem, respondList } from "@/lib/opendata/api";
import { COLLECTION_NAMES, type CollectionName } from "@/lib/opendata/collections";
import { respondAgenda, respondNewsFeed } from "@/lib/opendata/feeds";
import { listWidgetFormations, widgetFilters } from "@/lib/opendata/widget";
import type { Site } from "@/lib/site/links";

/**
 * Drafts, archived records and personal data never leave through the open
 * data doors: lists, items, CSV, feeds, calendar, widget.
 */
const site: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: null };
const MARK = `odpub${Date.now().toString(36)}`;

type Hidden = { collection: CollectionName; id: string; text: string };
const hidden: Hidden[] = [];
let publishedActionId = "";

async function get(path: string, collection: CollectionName) {
  return respondList(new Request(`https://cmq-bfc.org/api/v1/${path}`), collection, site);
}

/** Everything the API lists for a collection, as JSON text (all pages) and as CSV. */
async function everything(collection: CollectionName): Promise<string> {
  const json = await (await get(`${collection}?limit=100`, collection)).text();
  let all = json;
  let cursor = (JSON.parse(json) as { nextCursor: string | null }).nextCursor;
  while (cursor) {
    const page = await (await get(`${collection}?limit=100&cursor=${cursor}`, collection)).text();
    all += page;
    cursor = (JSON.parse(page) as { nextCursor: string | null }).nextCursor;
  }
  const csv = await (await get(`${collection}?format=csv`, collection)).text();
  return all + csv;
}

beforeAll(async () => {
  const ti = await db.campus.findUniqueOrThrow({ where: { slug: "ti" } });
  const published = await db.organisation.findFirstOrThrow({ where: { publication: "PUBLISHED" } });
  const dated = { startDate: new Date("2018-10-02"), startPrecision: "DAY" as const, reportYears: [2018] };

  for (const publication of ["DRAFT", "ARCHIVED"] as const) {
    const tag = `${MARK}-${publication.toLowerCase()}`;
    const organisation = await db.organisation.create({
      data: {
        key: `org-${tag}`,
        slug: `org-${tag}`,
        name: `Organisation ${tag}`,
        kind: "ENTREPRISE",
        publication,
        campusLinks: { create: { campusId: ti.id, roles: ["PARTENAIRE"] } },
      },
    });
    hidden.push({ collection: "partners", id: organisation.id, text: `Organisation ${tag}` });
    const action = await db.action.create({
      data: {
        slug: `action-${tag}`,
        title: `Action ${tag}`,
        summary: "Résumé caché",
        status: "EN_COURS",
        publication,
        archivedAt: publication === "ARCHIVED" ? new Date() : null,
        ...dated,
        campuses: { create: { campusId: ti.id, isLead: true } },
      },
    });
    hidden.push({ collection: "actions", id: action.id, text: `Action ${tag}` });
    const formation = await db.formation.create({
      data: {
        key: `formation-${tag}`,
        slug: `formation-${tag}`,
        title: `Formation ${tag}`,
        diploma: "BTS",
        state: "OUVERTE",
        publication,
        campuses: { create: { campusId: ti.id } },
      },
    });
    hidden.push({ collection: "formations", id: formation.id, text: `Formation ${tag}` });
    const platform = await db.platform.create({
      data: {
        key: `pft-${tag}`,
        slug: `pft-${tag}`,
        name: `Plateforme ${tag}`,
        publication,
        campuses: { create: { campusId: ti.id } },
      },
    });
    hidden.push({ collection: "platforms", id: platform.id, text: `Plateforme ${tag}` });
    // A funding is hidden with its unpublished funder, or with the unpublished PFT it funds.
    const byHiddenFunder = await db.funding.create({
      data: {
        key: `funding-funder-${tag}`,
        funderId: organisation.id,
        campusId: ti.id,
        kind: "SUBVENTION",
        startYear: 2018,
        endYear: 2018,
        purpose: `Financement ${tag} par financeur caché`,
      },
    });
    hidden.push({
      collection: "fundings",
      id: byHiddenFunder.id,
      text: `Financement ${tag} par financeur caché`,
    });
    const ofHiddenPlatform = await db.funding.create({
      data: {
        key: `funding-pft-${tag}`,
        funderId: published.id,
        platformId: platform.id,
        kind: "SUBVENTION",
        startYear: 2018,
        endYear: 2018,
        purpose: `Financement ${tag} de PFT cachée`,
      },
    });
    hidden.push({
      collection: "fundings",
      id: ofHiddenPlatform.id,
      text: `Financement ${tag} de PFT cachée`,
    });
  }

  // A published action that points to every hidden record: the links must not show them.
  const hiddenOrgs = hidden.filter((h) => h.collection === "partners").map((h) => h.id);
  const action = await db.action.create({
    data: {
      slug: `action-${MARK}-publiee`,
      title: `Action ${MARK} publiée`,
      summary: "Visible",
      status: "EN_COURS",
      publication: "PUBLISHED",
      publishedAt: new Date(),
      ...dated,
      campuses: { create: { campusId: ti.id, isLead: true } },
      partners: { create: hiddenOrgs.map((organisationId) => ({ organisationId })) },
      formations: {
        create: hidden.filter((h) => h.collection === "formations").map((h) => ({ formationId: h.id })),
      },
      platforms: {
        create: hidden.filter((h) => h.collection === "platforms").map((h) => ({ platformId: h.id })),
      },
    },
  });
  publishedActionId = action.id;
});

describe("only published data is open", () => {
  it("lists, pages and CSV exports leave out drafts and archived records", async () => {
    for (const collection of COLLECTION_NAMES) {
      const out = await everything(collection);
      for (const h of hidden) expect(out, `${collection} montre ${h.text}`).not.toContain(h.text);
      for (const h of hidden) expect(out).not.toContain(h.id);
    }
  });

  it("an unpublished record's id is a 404", async () => {
    for (const h of hidden) {
      const response = await respondItem(
        new Request(`https://cmq-bfc.org/api/v1/${h.collection}/${h.id}`),
        h.collection,
        h.id,
        site,
      );
      expect(response.status, h.text).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("a published action does not reveal the unpublished records it is linked to", async () => {
    const response = await respondItem(
      new Request(`https://cmq-bfc.org/api/v1/actions/${publishedActionId}`),
      "actions",
      publishedActionId,
      site,
    );
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { partners: unknown[]; formations: unknown[]; platforms: unknown[] };
    };
    expect(data.partners).toEqual([]);
    expect(data.formations).toEqual([]);
    expect(data.platforms).toEqual([]);
  });

  it("filters cannot reach them either", async () => {
    const response = await get(`actions?q=${MARK}&limit=100`, "actions");
    const { data } = (await response.json()) as { data: { title: string }[] };
    expect(data.map((a) => a.title)).toEqual([`Action ${MARK} publiée`]);
    const formations = (await (await get(`formations?q=${MARK}`, "formations")).json()) as {
      data: unknown[];
    };
    expect(formations.data).toEqual([]);
  });

  it("the news feed, the calendars and the widget leave them out", async () => {
    const feed = await (
      await respondNewsFeed(new Request("https://ti.cmq-bfc.org/actualites.xml"), "ti", site)
    ).text();
    const agenda = await (
      await respondAgenda(new Request("https://cmq-bfc.org/agenda.ics"), null, site)
    ).text();
    const tiAgenda = await (
      await respondAgenda(new Request("https://ti.cmq-bfc.org/agenda.ics"), "ti", site)
    ).text();
    const widget = JSON.stringify(await listWidgetFormations(widgetFilters("ti", {}), site));
    expect(feed).toContain(`Action ${MARK} publiée`);
    expect(agenda).toContain(`Action ${MARK} publiée`);
    for (const h of hidden) {
      for (const [name, text] of Object.entries({ feed, agenda, tiAgenda, widget })) {
        expect(text.replace(/\r\n /g, ""), `${name} montre ${h.text}`).not.toContain(h.text);
      }
    }
  });
});

describe("no personal data", () => {
  it("campus roles are given without the names of the people who hold them", async () => {
    expect(await db.roleAssignment.count({ where: { personName: { not: null } } })).toBeGreaterThan(0);
    const { data } = (await (await get("campuses", "campuses")).json()) as {
      data: { roles: Record<string, unknown>[] }[];
    };
    const roles = data.flatMap((c) => c.roles);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(Object.keys(role).sort()).toEqual(["organisation", "role"]);
  });

  it("no account, password hash or e-mail of a person appears anywhere", async () => {
    const users = await db.user.findMany({ select: { email: true, name: true, passwordHash: true } });
    expect(users.length).toBeGreaterThan(0);
    const outputs = [
      ...(await Promise.all(COLLECTION_NAMES.map(everything))),
      await (await respondAgenda(new Request("https://cmq-bfc.org/agenda.ics"), null, site)).text(),
      ...(await Promise.all(
        ["agt", "amf", "itip", "mma", "msi", "ti"].map(async (slug) =>
          (await respondNewsFeed(new Request("https://x/"), slug, site)).text(),
        ),
      )),
    ]
      .join("\n")
      .replace(/\r\n[ \t]/g, ""); // unfold iCalendar lines
    for (const u of users) {
      expect(outputs).not.toContain(u.email);
      expect(outputs).not.toContain(u.passwordHash);
    }
    for (const field of ["passwordHash", "createdBy", "updatedBy", "personName"])
      expect(outputs).not.toContain(`"${field}"`);
    // The only e-mail addresses are the campuses' generic contacts (and the
    // calendar's UIDs, which have the same shape).
    const emails = new Set(outputs.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []);
    expect(emails.size).toBeGreaterThan(6);
    for (const email of emails)
      expect(email).toMatch(/^(?:(?:agt|amf|itip|mma|msi|ti)|(?:action|meeting)-[a-z0-9]+)@cmq-bfc\.org$/);
  });
});
