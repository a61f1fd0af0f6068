/**
 * "No link on the site leads to an error": from the hub's home page, and
 * from a campus sub-site's home page on its own host, follow every link to
 * the same host, breadth-first, and expect no 4xx/5xx. Links to other hosts
 * (other campuses, mailto:, partners' and social sites) are not fetched.
 * On the way, every page's content speaks to a visitor: no editors' note
 * (§, annex or chapter reference, sentence about « le rapport »).
 */
import { expect, test } from "@playwright/test";
import { crawl } from "./public-crawl-support";
import { HUB, PORT, TI_HOST } from "./public-support";

test.describe.configure({ timeout: 15 * 60_000 });

test("no link of the hub leads to an error, and no page shows an editors' note", async ({ request }) => {
  const { fetched, failures, notes, urls } = await crawl(request, `${HUB}/`);
  expect(failures).toEqual([]);
  expect(notes).toEqual([]);
  expect(fetched).toBeGreaterThan(300);
  // It went deep: hub detail pages and the sub-sites' pages in path mode.
  for (const path of [
    "/partenaires/enedis",
    "/formations/bac-pro-bit",
    "/plateformes/npmf",
    "/ti/actions/compteur-linky-smart-grids",
    "/ti/bilan/2018",
  ])
    expect(urls).toContain(`${HUB}${path}`);
});

test("no link of a campus sub-site, on its own host, leads to an error", async ({ request }) => {
  expect(TI_HOST).toBe(`http://ti.localhost:${PORT}`);
  const { fetched, failures, notes, urls } = await crawl(request, `${TI_HOST}/`);
  expect(failures).toEqual([]);
  expect(notes).toEqual([]);
  expect(fetched).toBeGreaterThan(30);
  for (const path of ["/actions/compteur-linky-smart-grids", "/partenaires/enedis", "/bilan/2018"])
    expect(urls).toContain(`${TI_HOST}${path}`);
});
