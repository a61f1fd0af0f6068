import { expect, test } from "@playwright/test";
import { readAtomFeed, readCalendar } from "../support/opendata-formats";

test.describe("feeds", () => {
  test("a campus's Atom feed is well-formed XML with its published actions, on both addresses", async ({
    request,
    page,
    baseURL,
  }) => {
    const port = new URL(baseURL!).port;
    const response = await request.get("/msi/actualites.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    const feed = readAtomFeed(xml);
    expect(feed.title).toBe("Actualités — CMQ Microtechniques et Systèmes Intelligents");
    expect(feed.entries.length).toBeGreaterThan(3);
    for (const entry of feed.entries)
      expect(entry.url).toMatch(new RegExp(`^http://[a-z]+\\.localhost:${port}/actions/`));

    // The browser's own XML parser agrees that it is well-formed Atom.
    await page.goto("about:blank");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName("entry").length,
      };
    }, xml);
    expect(parsed).toEqual({ error: 0, root: "http://www.w3.org/2005/Atom", entries: feed.entries.length });

    const onHost = await request.get("/actualites.xml", { headers: { Host: `msi.localhost:${port}` } });
    expect(onHost.status()).toBe(200);
    expect(await onHost.text()).toBe(xml);
  });

  test("the calendars are valid iCalendar: the hub's and each campus's", async ({ request, baseURL }) => {
    const port = new URL(baseURL!).port;
    const hub = await request.get("/agenda.ics");
    expect(hub.status()).toBe(200);
    expect(hub.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const all = readCalendar(await hub.text());
    expect(all.events.length).toBeGreaterThan(3);
    expect(all.events.some((e) => e.uid.startsWith("meeting-"))).toBe(true);
    expect(all.events.some((e) => e.uid.startsWith("action-"))).toBe(true);

    const msi = await request.get("/msi/agenda.ics");
    const campus = readCalendar(await msi.text());
    expect(campus.events.length).toBeGreaterThan(0);
    expect(campus.events.length).toBeLessThan(all.events.length);
    const hubUids = new Set(all.events.map((e) => e.uid));
    for (const e of campus.events) expect(hubUids.has(e.uid)).toBe(true);

    const onHost = await request.get("/agenda.ics", { headers: { Host: `msi.localhost:${port}` } });
    expect(await onHost.text()).toBe(await msi.text());
    expect((await request.get("/zz/agenda.ics")).status()).toBe(404);
  });
});
