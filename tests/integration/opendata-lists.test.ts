import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { respondList } from "@/lib/opendata/api";
import type { CollectionName } from "@/lib/opendata/collections";
import type { Site } from "@/lib/site/links";

const site: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: null };

type Item = { id: string; slug: string; url: string; campuses: string[]; [key: string]: unknown };

/** Follows nextCursor from the first page to the last, through the HTTP layer. */
async function walk(
  collection: CollectionName,
  query = "",
  limit = 7,
): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams(query);
    params.set("limit", String(limit));
    if (cursor) params.set("cursor", cursor);
    const response = await respondList(
      new Request(`https://cmq-bfc.org/api/v1/${collection}?${params}`),
      collection,
      site,
    );
    expect(response.status, await response.clone().text()).toBe(200);
    const body = (await response.json()) as { data: Item[]; nextCursor: string | null };
    expect(body.data.length).toBeLessThanOrEqual(limit);
    if (body.nextCursor) expect(body.data).toHaveLength(limit);
    items.push(...body.data);
    cursor = body.nextCursor;
    pages += 1;
    expect(pages).toBeLessThan(500);
  } while (cursor);
  return { items, pages };
}

async function firstItem(collection: CollectionName, query = ""): Promise<Item> {
  const response = await respondList(
    new Request(`https://cmq-bfc.org/api/v1/${collection}?limit=1&${query}`),
    collection,
    site,
  );
  const body = (await response.json()) as { data: Item[] };
  expect(body.data).toHaveLength(1);
  return body.data[0];
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

function expectNoDuplicates(items: Item[]) {
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
}

describe("pagination walks every published item once", () => {
  it("actions", async () => {
    const { items, pages } = await walk("actions");
    expect(pages).toBeGreaterThan(5);
    expectNoDuplicates(items);
    const expected = await db.action.findMany({ where: { publication: "PUBLISHED" }, select: { id: true } });
    expect(ids(items)).toEqual(ids(expected));
    // Ordered by slug, so the cursor is a stable position.
    expect(items.map((i) => i.slug)).toEqual([...items.map((i) => i.slug)].sort());
  });

  it("formations, partners, platforms, fundings and campuses", async () => {
    const expected: Record<Exclude<CollectionName, "actions">, { id: string }[]> = {
      formations: await db.formation.findMany({ where: { publication: "PUBLISHED" }, select: { id: true } }),
      partners: await db.organisation.findMany({ where: { publication: "PUBLISHED" }, select: { id: true } }),
      platforms: await db.platform.findMany({ where: { publication: "PUBLISHED" }, select: { id: true } }),
      fundings: await db.funding.findMany({
        where: { funder: { publication: "PUBLISHED" } },
        select: { id: true },
      }),
      campuses: await db.campus.findMany({ select: { id: true } }),
    };
    for (const [collection, rows] of Object.entries(expected)) {
      const { items } = await walk(collection as CollectionName, "", 4);
      expectNoDuplicates(items);
      expect(ids(items), collection).toEqual(ids(rows));
      for (const item of items) {
        expect(typeof item.slug).toBe("string");
        expect(item.url).toMatch(/^https:\/\//);
        expect(Array.isArray(item.campuses)).toBe(true);
      }
    }
    expect(expected.platforms).toHaveLength(13);
    expect(expected.campuses).toHaveLength(6);
  });

  it("one page of 100 holds the first 100 of the walk, and limit defaults to 50", async () => {
    const { items } = await walk("partners", "", 100);
    const first = await respondList(new Request("https://cmq-bfc.org/api/v1/partners"), "partners", site);
    const body = (await first.json()) as { data: Item[]; nextCursor: string | null };
    expect(body.data).toHaveLength(Math.min(50, items.length));
    expect(body.data.map((i) => i.id)).toEqual(items.slice(0, 50).map((i) => i.id));
    if (items.length > 50)
      expect(first.headers.get("link")).toMatch(
        /^<https:\/\/cmq-bfc\.org\/api\/v1\/partners\?cursor=[A-Za-z0-9_-]+>; rel="next"$/,
      );
  });

  it("does not skip or repeat an item when one is added while a client walks the list", async () => {
    const first = (await (
      await respondList(new Request("https://cmq-bfc.org/api/v1/formations?limit=5"), "formations", site)
    ).json()) as { data: Item[]; nextCursor: string };
    // A formation whose slug sorts before the cursor appears after the walk started: it is not served twice or in the middle.
    const campus = await db.campus.findUniqueOrThrow({ where: { slug: "ti" } });
    await db.formation.create({
      data: {
        key: "aaa-ajout-en-cours-de-lecture",
        slug: "aaa-ajout-en-cours-de-lecture",
        title: "Ajout",
        diploma: "BTS",
        state: "OUVERTE",
        campuses: { create: { campusId: campus.id } },
      },
    });
    const rest: Item[] = [];
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page = (await (
        await respondList(
          new Request(`https://cmq-bfc.org/api/v1/formations?limit=5&cursor=${cursor}`),
          "formations",
          site,
        )
      ).json()) as { data: Item[]; nextCursor: string | null };
      rest.push(...page.data);
      cursor = page.nextCursor;
    }
    const all = [...first.data, ...rest];
    expectNoDuplicates(all);
    expect(all.map((i) => i.slug)).not.toContain("aaa-ajout-en-cours-de-lecture");
    expect(all).toHaveLength((await db.formation.count({ where: { publication: "PUBLISHED" } })) - 1);
  });
});

describe("filters are those of the public pages", () => {
  it("actions by campus, status, year, public and axis", async () => {
    const ti = await walk("actions", "campus=ti", 50);
    const tiExpected = await db.action.findMany({
      where: { publication: "PUBLISHED", campuses: { some: { campus: { slug: "ti" } } } },
      select: { id: true },
    });
    expect(ids(ti.items)).toEqual(ids(tiExpected));
    expect(ti.items.every((a) => a.campuses.includes("ti"))).toBe(true);

    const status = await walk("actions", "status=en_cours,terminee", 50);
    expect(status.items.length).toBeGreaterThan(0);
    expect(new Set(status.items.map((a) => (a.status as { code: string }).code))).toEqual(
      new Set(["en_cours", "terminee"]),
    );
    expect(status.items).toHaveLength(
      await db.action.count({
        where: { publication: "PUBLISHED", status: { in: ["EN_COURS", "TERMINEE"] } },
      }),
    );

    const both = await walk("actions", "campus=ti&status=projetee", 50);
    expect(both.items.map((a) => a.title).sort()).toEqual(
      [
        "Appel à Projet Horizon 2020",
        "Appel d'offre PRIC BFC",
        "BTS Enveloppe du Bâtiment",
        "LEE Schneider Electric",
        "Licence CNAM Energie et Développement Durable",
      ].sort(),
    );

    const year = await walk("actions", "year=2018", 50);
    expect(year.items).toHaveLength(
      await db.action.count({ where: { publication: "PUBLISHED", reportYears: { has: 2018 } } }),
    );

    const collegiens = await walk("actions", "public=collegiens", 50);
    expect(collegiens.items.length).toBeGreaterThan(0);
    for (const a of collegiens.items)
      expect((a.publics as { code: string }[]).map((p) => p.code)).toContain("collegiens");

    const withAxis = await db.actionCampus.findFirstOrThrow({
      where: { axisId: { not: null }, action: { publication: "PUBLISHED" } },
      include: { axis: true, campus: true },
    });
    const axis = await walk("actions", `campus=${withAxis.campus.slug}&axis=${withAxis.axis!.key}`, 50);
    expect(axis.items.map((a) => a.id)).toContain(withAxis.actionId);
    for (const a of axis.items)
      expect(a.axes as { campus: string; key: string }[]).toContainEqual(
        expect.objectContaining({ campus: withAxis.campus.slug, key: withAxis.axis!.key }),
      );
  });

  it("actions by text, French-aware and accent-insensitive", async () => {
    const plain = await walk("actions", "q=energie", 50);
    const accented = await walk("actions", "q=%C3%A9nergie", 50);
    expect(ids(accented.items)).toEqual(ids(plain.items));
    expect(plain.items.map((a) => a.title)).toContain("Club Energie Dijon Métropole");
    const art = await walk("actions", "q=metiers%20d%20art", 50);
    expect(art.items.some((a) => /m[ée]tiers d.art/i.test(`${a.title} ${a.summary} ${a.body}`))).toBe(true);
    const none = await walk("actions", "q=zzzyyyxxx", 50);
    expect(none.items).toEqual([]);
  });

  it("formations by diploma, level, modality, département, campus and text", async () => {
    const bts = await walk("formations", "diploma=bts", 50);
    expect(bts.items.length).toBeGreaterThan(0);
    expect(bts.items.every((f) => (f.diploma as { code: string }).code === "bts")).toBe(true);
    expect(bts.items).toHaveLength(
      await db.formation.count({ where: { publication: "PUBLISHED", diploma: "BTS" } }),
    );

    const level5 = await walk("formations", "level=5", 50);
    expect(level5.items).toHaveLength(
      await db.formation.count({ where: { publication: "PUBLISHED", level: 5 } }),
    );
    expect(level5.items.every((f) => f.level === 5)).toBe(true);

    const apprentissage = await walk("formations", "modality=apprentissage", 50);
    expect(apprentissage.items).toHaveLength(
      await db.formation.count({ where: { publication: "PUBLISHED", modalities: { has: "APPRENTISSAGE" } } }),
    );

    const departement = await db.formation.findFirstOrThrow({
      where: { publication: "PUBLISHED", departement: { not: null } },
    });
    const inDepartement = await walk("formations", `departement=${departement.departement}`, 50);
    expect(inDepartement.items.every((f) => f.departement === departement.departement)).toBe(true);
    expect(inDepartement.items.map((f) => f.id)).toContain(departement.id);

    const msi = await walk("formations", "campus=msi", 50);
    expect(msi.items).toHaveLength(
      await db.formation.count({
        where: { publication: "PUBLISHED", campuses: { some: { campus: { slug: "msi" } } } },
      }),
    );

    const text = await walk("formations", "q=dietetique", 50);
    expect(text.items.map((f) => f.title)).toContain("BTS Diététique");
  });

  it("partners by campus and kind", async () => {
    const agt = await walk("partners", "campus=agt&kind=branche_professionnelle", 50);
    const expected = await db.organisation.findMany({
      where: {
        publication: "PUBLISHED",
        kind: "BRANCHE_PROFESSIONNELLE",
        OR: [
          { campusLinks: { some: { campus: { slug: "agt" } } } },
          { porteurOf: { some: { slug: "agt" } } },
        ],
      },
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(agt.items)).toEqual(ids(expected));
    for (const p of agt.items) {
      expect(p.campuses).toContain("agt");
      expect(p.kind).toEqual({ code: "branche_professionnelle", label: "Branche professionnelle" });
    }
  });

  it("platforms by campus, fundings by year and funder", async () => {
    const amf = await walk("platforms", "campus=amf", 50);
    expect(amf.items.map((p) => p.slug)).toContain("npmf");
    expect(amf.items.every((p) => p.campuses.includes("amf"))).toBe(true);

    const region2019 = await walk("fundings", "funder=region-bfc&year=2019", 50);
    expect(region2019.items).toHaveLength(6);
    for (const f of region2019.items) {
      expect(f).toMatchObject({ amountEuros: 15000, startYear: 2018, endYear: 2020 });
      expect((f.funder as { slug: string }).slug).toBe("region-bfc");
    }
    expect(region2019.items.flatMap((f) => f.campuses).sort()).toEqual([
      "agt",
      "amf",
      "itip",
      "mma",
      "msi",
      "ti",
    ]);
  });
});

describe("item shape", () => {
  it("an action carries its ids, its lead campus's URL, its status code and label, and partial dates", async () => {
    const espe = await db.action.findFirstOrThrow({
      where: { title: { contains: "ESPE" }, publication: "PUBLISHED" },
      include: { campuses: { include: { campus: true } } },
    });
    const { items } = await walk("actions", "q=ESPE", 50);
    const item = items.find((i) => i.id === espe.id)!;
    const lead = espe.campuses.find((c) => c.isLead)!.campus.slug;
    expect(item.url).toBe(`https://${lead}.cmq-bfc.org/actions/${espe.slug}`);
    expect(item.leadCampus).toBe(lead);
    expect([...item.campuses].sort()).toEqual(["mma", "msi"]);
    expect(item.status).toEqual({ code: espe.status.toLowerCase(), label: expect.any(String) });
    expect(item.start).toEqual({ date: "2018-06-13", precision: "day" });
    expect(item.period).toBe("du 13 au 21 juin 2018");
    expect((item.beneficiaries as { count: number }[]).reduce((n, b) => n + b.count, 0)).toBe(28);
  });

  it("formations, partners and PFT point to their hub pages", async () => {
    const formation = await firstItem("formations", "q=dietetique");
    expect(formation.url).toBe(`https://cmq-bfc.org/formations/${formation.slug}`);
    const platform = await firstItem("platforms", "campus=amf");
    expect(platform.url).toBe(`https://cmq-bfc.org/plateformes/${platform.slug}`);
    const partner = await firstItem("partners");
    expect(partner.url).toBe(`https://cmq-bfc.org/partenaires/${partner.slug}`);
    const campus = await firstItem("campuses");
    expect(campus.url).toBe(`https://${campus.slug}.cmq-bfc.org/`);
    expect(campus.email).toBe(`${campus.slug}@cmq-bfc.org`);
    const funding = await firstItem("fundings");
    expect(funding.url).toBe("https://cmq-bfc.org/financeurs");
  });
});
