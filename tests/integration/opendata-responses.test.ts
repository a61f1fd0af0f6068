import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { respondItem, respondList, respondOpenApi } from "@/lib/opendata/api";
import { COLLECTION_NAMES, collectionSpec } from "@/lib/opendata/collections";
import { FEED_SIZE } from "@/lib/opendata/queries/feeds";
import { respondAgenda, respondNewsFeed } from "@/lib/opendata/feeds";
import type { Site } from "@/lib/site/links";
import { readAtomFeed, readCalendar } from "../support/opendata-formats";

const site: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: null };
const MARK = `odresp${Date.now().toString(36)}`;

const list = (query: string, headers: Record<string, string> = {}) => {
  const collection = query.split("?")[0] as (typeof COLLECTION_NAMES)[number];
  return respondList(new Request(`https://cmq-bfc.org/api/v1/${query}`, { headers }), collection, site);
};

async function readChunks(response: Response): Promise<string[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const chunks: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(decoder.decode(value, { stream: true }));
  }
}

describe("JSON responses", () => {
  it("carry a strong ETag, a short public cache and CORS; 304 on If-None-Match", async () => {
    const first = await list("actions?campus=ti&limit=5");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await list("actions?campus=ti&limit=5");
    expect(again.headers.get("etag")).toBe(etag);
    const notModified = await list("actions?campus=ti&limit=5", { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");

    // A change in the data changes the ETag.
    const { data } = (await first.json()) as { data: { id: string }[] };
    await db.action.update({ where: { id: data[0].id }, data: { summary: `Résumé modifié ${MARK}` } });
    const changed = await list("actions?campus=ti&limit=5", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("an item by id, and 404 problem documents for unknown ids and collections", async () => {
    const formation = await db.formation.findFirstOrThrow({ where: { publication: "PUBLISHED" } });
    const ok = await respondItem(
      new Request(`https://cmq-bfc.org/api/v1/formations/${formation.id}`),
      "formations",
      formation.id,
      site,
    );
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { id: string; slug: string } }).data).toMatchObject({
      id: formation.id,
      slug: formation.slug,
    });

    const missing = await respondItem(
      new Request("https://cmq-bfc.org/api/v1/formations/inconnu"),
      "formations",
      "inconnu",
      site,
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(await missing.json()).toMatchObject({
      status: 404,
      title: "Ressource introuvable",
      type: "https://cmq-bfc.org/donnees-ouvertes#introuvable",
    });

    const collection = await respondList(new Request("https://cmq-bfc.org/api/v1/users"), "users", site);
    expect(collection.status).toBe(404);
    // The id of one collection is not an item of another.
    const crossed = await respondItem(
      new Request(`https://cmq-bfc.org/api/v1/actions/${formation.id}`),
      "actions",
      formation.id,
      site,
    );
    expect(crossed.status).toBe(404);
  });

  it("an invalid query is a 400 problem document naming each parameter", async () => {
    const response = await list("formations?diploma=bac&level=12&limit=1000&cursor=nimporte&tri=titre");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const problem = (await response.json()) as {
      type: string;
      title: string;
      status: number;
      detail: string;
      errors: { parameter: string; detail: string }[];
    };
    expect(problem).toMatchObject({
      type: "https://cmq-bfc.org/donnees-ouvertes#requete-invalide",
      title: "Requête invalide",
      status: 400,
    });
    expect(problem.errors.map((e) => e.parameter).sort()).toEqual(["diploma", "level", "limit", "tri"]);
    for (const e of problem.errors) expect(problem.detail).toContain(e.parameter);

    // A cursor is checked once the other parameters are valid.
    const cursor = await list("formations?cursor=nimporte");
    expect(((await cursor.json()) as { errors: { parameter: string }[] }).errors).toEqual([
      { parameter: "cursor", detail: expect.stringContaining("curseur") },
    ]);
  });

  it("items have exactly the fields the OpenAPI document describes", async () => {
    const doc = (await (
      await respondOpenApi(new Request("https://cmq-bfc.org/api/v1/openapi.json"), site)
    ).json()) as {
      servers: { url: string }[];
      components: { schemas: Record<string, { properties: Record<string, unknown>; required: string[] }> };
    };
    expect(doc.servers[0].url).toBe("https://cmq-bfc.org/api/v1");
    for (const name of COLLECTION_NAMES) {
      const schema = doc.components.schemas[collectionSpec(name).item.meta()!.id as string];
      const { data } = (await (await list(`${name}?limit=100`)).json()) as {
        data: Record<string, unknown>[];
      };
      expect(data.length, name).toBeGreaterThan(0);
      for (const item of data) {
        expect(Object.keys(item).sort(), name).toEqual(Object.keys(schema.properties).sort());
        for (const key of schema.required) expect(item).toHaveProperty(key);
      }
    }
  });
});

describe("CSV exports", () => {
  it("are UTF-8 with a BOM, comma-separated, one row per published item, with a file name", async () => {
    const response = await list("partners?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="cmq-bfc-partners.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = parse(text.slice(1), { columns: true, relax_column_count: false }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0])).toEqual(collectionSpec("partners").csv.map((c) => c.header));
    expect(rows).toHaveLength(await db.organisation.count({ where: { publication: "PUBLISHED" } }));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(text).toContain("Métiers"); // accents survive
    expect(text.split("\r\n").length).toBeGreaterThan(rows.length); // CRLF line ends
  });

  it("stream a large list batch by batch, filters applied, and answer 304 to a matching ETag", async () => {
    const msi = await db.campus.findUniqueOrThrow({ where: { slug: "msi" } });
    const count = 450;
    await db.formation.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        key: `${MARK}-f${i}`,
        slug: `${MARK}-f${String(i).padStart(3, "0")}`,
        title: `Formation de volume ${i}, « test »`,
        diploma: "TITRE_PRO" as const,
        state: "OUVERTE" as const,
        departement: "25",
      })),
    });
    const created = await db.formation.findMany({
      where: { key: { startsWith: `${MARK}-f` } },
      select: { id: true },
    });
    await db.formationCampus.createMany({
      data: created.map((f) => ({ formationId: f.id, campusId: msi.id })),
    });

    const response = await list("formations?format=csv&diploma=titre_pro&campus=msi");
    const chunks = await readChunks(response);
    // The header, then one chunk per database batch of 200 rows.
    expect(chunks.length).toBeGreaterThanOrEqual(1 + Math.ceil(count / 200));
    const rows = parse(chunks.join("").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const expected = await db.formation.count({
      where: { publication: "PUBLISHED", diploma: "TITRE_PRO", campuses: { some: { campusId: msi.id } } },
    });
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(expected);
    expect(rows.every((r) => r.diplome === "titre_pro" && r.campus.split(" | ").includes("msi"))).toBe(true);
    expect(rows.find((r) => r.slug === `${MARK}-f007`)?.intitule).toBe("Formation de volume 7, « test »");

    const etag = response.headers.get("etag")!;
    const again = await list("formations?format=csv&diploma=titre_pro&campus=msi", { "If-None-Match": etag });
    expect(again.status).toBe(304);

    const limited = await list("formations?format=csv&diploma=titre_pro&limit=5");
    expect(
      (parse((await limited.text()).replace(/^\uFEFF/, ""), { columns: true }) as unknown[]).length,
    ).toBe(5);
  });
});

describe("news feeds (Atom)", () => {
  it("list a campus's published actions, newest first, linked on the campus host", async () => {
    const ti = await db.campus.findUniqueOrThrow({ where: { slug: "ti" } });
    const newest = await db.action.create({
      data: {
        slug: `${MARK}-nouvelle`,
        title: `Nouvelle action ${MARK} & co`,
        summary: "Tout juste publiée.",
        status: "PROJETEE",
        publication: "PUBLISHED",
        publishedAt: new Date(Date.now() + 60_000),
        campuses: { create: { campusId: ti.id, isLead: true } },
      },
    });
    const response = await respondNewsFeed(new Request("https://ti.cmq-bfc.org/actualites.xml"), "ti", site);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("etag")).toBeTruthy();
    const feed = readAtomFeed(await response.text());
    expect(feed.id).toBe("tag:cmq-bfc.org,2018:ti/actualites");
    expect(feed.links).toContainEqual({
      rel: "self",
      href: "https://ti.cmq-bfc.org/actualites.xml",
      type: "application/atom+xml",
    });
    expect(feed.entries[0]).toMatchObject({
      id: `tag:cmq-bfc.org,2018:actions/${newest.id}`,
      title: `Nouvelle action ${MARK} & co`,
      url: `https://ti.cmq-bfc.org/actions/${MARK}-nouvelle`,
      categories: ["projetee"],
    });
    const published = feed.entries.map((e) => e.published!);
    expect(published).toEqual([...published].sort().reverse());
    const expected = await db.action.count({
      where: { publication: "PUBLISHED", campuses: { some: { campusId: ti.id } } },
    });
    expect(feed.entries).toHaveLength(Math.min(expected, FEED_SIZE));

    const again = readAtomFeed(
      await (await respondNewsFeed(new Request("https://ti.cmq-bfc.org/actualites.xml"), "ti", site)).text(),
    );
    expect(again.entries.map((e) => e.id)).toEqual(feed.entries.map((e) => e.id));
  });

  it("every campus's feed parses; an unknown campus is a 404", async () => {
    for (const slug of ["agt", "amf", "itip", "mma", "msi", "ti"]) {
      const feed = readAtomFeed(
        await (
          await respondNewsFeed(new Request(`https://${slug}.cmq-bfc.org/actualites.xml`), slug, site)
        ).text(),
      );
      expect(feed.entries.length, slug).toBeGreaterThan(0);
      for (const e of feed.entries) expect(e.url.startsWith("https://")).toBe(true);
    }
    expect(
      (await respondNewsFeed(new Request("https://cmq-bfc.org/zz/actualites.xml"), "zz", site)).status,
    ).toBe(404);
  });
});

describe("calendars (iCalendar)", () => {
  it("hold day-precise actions as all-day events and governance meetings, and leave out month or year dates", async () => {
    const msi = await db.campus.findUniqueOrThrow({ where: { slug: "msi" } });
    const make = (suffix: string, data: object) =>
      db.action.create({
        data: {
          slug: `${MARK}-${suffix}`,
          title: `Agenda ${MARK} ${suffix}`,
          summary: "Date, lieu ; public\nsur deux lignes",
          status: "PROJETEE",
          publication: "PUBLISHED",
          campuses: { create: { campusId: msi.id, isLead: true } },
          ...data,
        },
      });
    const day = await make("jour", { startDate: new Date("2019-03-08"), startPrecision: "DAY" });
    const span = await make("periode", {
      startDate: new Date("2019-05-06"),
      startPrecision: "DAY",
      endDate: new Date("2019-05-10"),
      endPrecision: "DAY",
    });
    const month = await make("mois", { startDate: new Date("2019-04-01"), startPrecision: "MONTH" });
    const year = await make("annee", { startDate: new Date("2019-01-01"), startPrecision: "YEAR" });

    const response = await respondAgenda(new Request("https://cmq-bfc.org/agenda.ics"), null, site);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const { events } = readCalendar(text);
    const byUid = new Map(events.map((e) => [e.uid, e]));

    const dayEvent = byUid.get(`action-${day.id}@cmq-bfc.org`)!;
    expect(dayEvent.start).toMatchObject({ params: { VALUE: "DATE" }, value: "20190308" });
    expect(dayEvent.end?.value).toBe("20190309");
    expect(dayEvent.summary).toBe(`Agenda ${MARK} jour`);
    expect(dayEvent.description).toContain("Date, lieu ; public\nsur deux lignes");
    expect(dayEvent.url).toBe(`https://msi.cmq-bfc.org/actions/${MARK}-jour`);
    expect(byUid.get(`action-${span.id}@cmq-bfc.org`)!.end?.value).toBe("20190511");
    expect(byUid.has(`action-${month.id}@cmq-bfc.org`)).toBe(false);
    expect(byUid.has(`action-${year.id}@cmq-bfc.org`)).toBe(false);

    const meetings = await db.meeting.findMany({ where: { datePrecision: "DAY" } });
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(byUid.has(`meeting-${m.id}@cmq-bfc.org`)).toBe(true);

    // Stable: the same data gives the same calendar (and ETag).
    const again = await respondAgenda(new Request("https://cmq-bfc.org/agenda.ics"), null, site);
    expect(again.headers.get("etag")).toBe(response.headers.get("etag"));
  });

  it("a campus's calendar holds its own actions and meetings only", async () => {
    const text = await (
      await respondAgenda(new Request("https://agt.cmq-bfc.org/agenda.ics"), "agt", site)
    ).text();
    const { events } = readCalendar(text);
    const agtActions = await db.action.findMany({
      where: { campuses: { some: { campus: { slug: "agt" } } } },
      select: { id: true },
    });
    const agtMeetings = await db.meeting.findMany({
      where: { OR: [{ campus: { slug: "agt" } }, { campusId: null, instance: { campus: { slug: "agt" } } }] },
      select: { id: true },
    });
    const allowed = new Set([
      ...agtActions.map((a) => `action-${a.id}@cmq-bfc.org`),
      ...agtMeetings.map((m) => `meeting-${m.id}@cmq-bfc.org`),
    ]);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(allowed.has(e.uid), e.summary).toBe(true);
    expect((await respondAgenda(new Request("https://cmq-bfc.org/zz/agenda.ics"), "zz", site)).status).toBe(
      404,
    );
  });
});
