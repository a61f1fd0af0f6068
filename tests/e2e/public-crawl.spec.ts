/**
 * "No link on the site leads to an error": from the hub's home page, and
 * from a campus sub-site's home page on its own host, follow every link to
 * the same host, breadth-first, and expect no 4xx/5xx. Links to other hosts
 * (other campuses, mailto:, partners' and social sites) are not fetched.
 * On the way, every page's content speaks to a visitor: no editors' note
 * (§, annex or chapter reference, sentence about « le rapport »).
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { editorNotesIn } from "../../lib/content/schema";
import { HUB, PORT, TI_HOST } from "./public-support";

/** Pages about the portal itself, where the annual report is a subject, not a source. */
const ABOUT_THE_PORTAL =
  /^\/(rapports|donnees-personnelles|accessibilite|donnees-ouvertes|mentions-legales)(\/|$)/;

/** The text a visitor reads in a page's main content (forms' labels and options aside). */
function mainTextOf(html: string): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? "";
  return main
    .replace(/<(script|style|form)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function linksOf(html: string, base: URL): URL[] {
  const urls: URL[] = [];
  for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const raw = m[1].replace(/&amp;/g, "&");
    if (!raw || raw.startsWith("#") || /^(mailto|tel|javascript):/i.test(raw)) continue;
    const url = new URL(raw, base);
    url.hash = "";
    urls.push(url);
  }
  return urls;
}

async function crawl(request: APIRequestContext, start: string) {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue: { url: string; from: string }[] = [{ url: start, from: "(départ)" }];
  const failures: string[] = [];
  const notes: string[] = [];
  let fetched = 0;
  let busy = 0;
  const visit = async ({ url, from }: { url: string; from: string }) => {
    const target = new URL(url);
    // Requests go to the test server with the logical host in the Host header
    // (Node does not resolve *.localhost; Chromium does).
    const response = await request.get(`${HUB}${target.pathname}${target.search}`, {
      headers: { host: target.host },
      maxRedirects: 0,
    });
    fetched += 1;
    const status = response.status();
    if (status >= 400) failures.push(`${status} ${url} (lien depuis ${from})`);
    if (status >= 300 && status < 400) {
      const location = response.headers()["location"];
      if (location) enqueue(new URL(location, url), url);
      return;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) return;
    const html = await response.text();
    if (!ABOUT_THE_PORTAL.test(target.pathname)) {
      const found = editorNotesIn(mainTextOf(html));
      if (found.length) notes.push(`${url} : ${found.join(", ")}`);
    }
    for (const link of linksOf(html, target)) enqueue(link, url);
  };
  const enqueue = (link: URL, from: string) => {
    if (link.origin !== origin) return;
    const key = link.toString();
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ url: key, from });
  };
  // Four requests in flight; a worker waits while others may still add links.
  const worker = async () => {
    for (;;) {
      const next = queue.shift();
      if (!next) {
        if (busy === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      busy += 1;
      try {
        await visit(next);
      } finally {
        busy -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { fetched, failures, notes, urls: [...seen] };
}

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
