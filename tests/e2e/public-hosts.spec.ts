/**
 * Per-host routing: ti.localhost serves the same pages as /ti, its links
 * stay on it, and sitemap.xml, robots.txt and canonical URLs follow the host.
 */
import { expect, test } from "@playwright/test";
import { HUB, SEEDED, TI_HOST } from "./public-support";

test("ti.localhost/actions is the same page as /ti/actions", async ({ page }) => {
  await page.goto("/ti/actions");
  const viaPath = {
    h1: await page.locator("h1").textContent(),
    titles: await page.locator("main h3 a").allTextContents(),
  };
  await page.goto(`${TI_HOST}/actions`);
  await expect(page).toHaveTitle("Actions — CMQ Territoire Intelligent");
  expect({
    h1: await page.locator("h1").textContent(),
    titles: await page.locator("main h3 a").allTextContents(),
  }).toEqual(viaPath);
  expect(viaPath.titles.length).toBeGreaterThan(10);
});

test("/ti/… on the campus host redirects to the short address", async ({ page }) => {
  await page.goto(`${TI_HOST}/ti/actions`);
  expect(page.url()).toBe(`${TI_HOST}/actions`);
});

test("links of a sub-site stay on its host; hub pages and other campuses are absolute", async ({ page }) => {
  await page.goto(`${TI_HOST}/actions/${SEEDED.action}`);
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const onPage = hrefs.filter(
    (h) => !h.startsWith("mailto:") && !/^https?:\/\/(?!([a-z]+\.)?localhost)/.test(h),
  );
  expect(onPage.length).toBeGreaterThan(10);
  for (const href of onPage) {
    const url = new URL(href);
    expect(url.pathname.startsWith("/ti/") || url.pathname === "/ti", href).toBe(false);
    expect([
      "ti.localhost",
      "localhost",
      "agt.localhost",
      "amf.localhost",
      "itip.localhost",
      "mma.localhost",
      "msi.localhost",
    ]).toContain(url.hostname);
  }
  // The action's own links (partners, campus pages) stay on ti.localhost.
  const partner = page.getByRole("link", { name: "ENEDIS" });
  await expect(partner).toHaveAttribute("href", "/partenaires/enedis");
  await partner.click();
  await expect(page).toHaveURL(`${TI_HOST}/partenaires/enedis`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ENEDIS");
  // The navigation of the sub-site stays on it too.
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Formations" })
    .click();
  await expect(page).toHaveURL(`${TI_HOST}/formations`);
});

test("each host has its own sitemap.xml, with its own URLs only", async ({ page, request }) => {
  const hub = await (await page.goto("/sitemap.xml"))!.text();
  const hubUrls = [...hub.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(hubUrls).toContain(`${HUB}/`);
  expect(hubUrls).toContain(`${HUB}/formations/${SEEDED.formation}`);
  expect(hubUrls.every((u) => u.startsWith(`${HUB}/`))).toBe(true);
  expect(hubUrls.some((u) => u.includes("/ti/"))).toBe(false);

  const ti = await (await page.goto(`${TI_HOST}/sitemap.xml`))!.text();
  const tiUrls = [...ti.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(tiUrls).toContain(`${TI_HOST}/`);
  expect(tiUrls).toContain(`${TI_HOST}/actions/${SEEDED.action}`);
  expect(tiUrls).toContain(`${TI_HOST}/bilan/2018`);
  expect(tiUrls.every((u) => u.startsWith(`${TI_HOST}/`))).toBe(true);

  // Every URL of the campus sitemap answers on its host (the host in the
  // Host header: Node does not resolve *.localhost; Chromium does).
  for (const url of tiUrls.slice(0, 12)) {
    const { host, pathname } = new URL(url);
    expect((await request.get(`${HUB}${pathname}`, { headers: { host } })).status(), url).toBe(200);
  }
});

test("each host has its own robots.txt pointing to its sitemap", async ({ page }) => {
  expect(await (await page.goto("/robots.txt"))!.text()).toContain(`Sitemap: ${HUB}/sitemap.xml`);
  const ti = await (await page.goto(`${TI_HOST}/robots.txt`))!.text();
  expect(ti).toContain(`Sitemap: ${TI_HOST}/sitemap.xml`);
  expect(ti).toContain("Disallow: /admin");
});

test("canonical URLs name the preferred host", async ({ page }) => {
  const canonical = async (url: string) => {
    await page.goto(url);
    return page.locator('link[rel="canonical"]').getAttribute("href");
  };
  expect(await canonical("/ti/actions")).toBe(`${TI_HOST}/actions`);
  expect(await canonical(`${TI_HOST}/actions`)).toBe(`${TI_HOST}/actions`);
  expect(await canonical("/ti")).toBe(`${TI_HOST}/`);
  expect(await canonical("/formations")).toBe(`${HUB}/formations`);
  // Detail pages reached from a sub-site have their canonical page on the hub.
  expect(await canonical(`/agt/formations/${SEEDED.formation}`)).toBe(
    `${HUB}/formations/${SEEDED.formation}`,
  );
  expect(await canonical(`${TI_HOST}/partenaires/${SEEDED.organisation}`)).toBe(
    `${HUB}/partenaires/${SEEDED.organisation}`,
  );
  // A co-owned action's canonical page is on its lead campus.
  expect(await canonical(`/mma/actions/${SEEDED.datedAction}`)).toBe(
    `http://msi.localhost:${new URL(HUB).port}/actions/${SEEDED.datedAction}`,
  );
});

test("a campus's pages are canonical on its host; its lists' filtered views are not indexed", async ({
  page,
}) => {
  const head = async (url: string) => {
    await page.goto(url);
    return {
      canonical: await page.locator('link[rel="canonical"]').getAttribute("href"),
      robots: await page.evaluate(
        () => document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "",
      ),
    };
  };
  for (const path of ["/partenaires", "/plateformes", "/formations", "/actions"]) {
    const list = await head(`/ti${path}`);
    expect(list.canonical).toBe(`${TI_HOST}${path}`);
    expect(list.robots).not.toMatch(/noindex/);
  }
  for (const path of ["/formations?q=energie", "/actions?q=energie"]) {
    const filtered = await head(`/ti${path}`);
    expect(filtered.canonical).toBe(`${TI_HOST}${path.split("?")[0]}`);
    expect(filtered.robots).toMatch(/noindex/);
  }
});

test("JSON-LD describes campuses, formations and dated actions", async ({ page }) => {
  const jsonLd = async (url: string) => {
    await page.goto(url);
    return Promise.all(
      (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t)),
    );
  };
  expect(await jsonLd("/ti")).toEqual([
    expect.objectContaining({
      "@type": "EducationalOrganization",
      name: "Campus des Métiers et des Qualifications Territoire Intelligent",
      email: "ti@cmq-bfc.org",
    }),
  ]);
  expect(await jsonLd(`/formations/${SEEDED.formation}`)).toEqual([
    expect.objectContaining({ "@type": "Course", name: "Bac pro BIT (Bio Industrie de Transformation)" }),
  ]);
  expect(await jsonLd(`/msi/actions/${SEEDED.datedAction}`)).toEqual([
    expect.objectContaining({ "@type": "Event", startDate: "2018-06-13" }),
  ]);
  // An action without a date is not an Event.
  expect(await jsonLd(`/ti/actions/${SEEDED.action}`)).toEqual([]);
});

test("the favicon is served by the portal itself, on the hub and on a campus host", async ({ page }) => {
  await page.goto(`${TI_HOST}/`);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^\/favicon\.svg/);
  // Through the browser: Chromium resolves *.localhost itself, Node's resolver may not.
  for (const base of [HUB, TI_HOST]) {
    const icon = await page.goto(`${base}/favicon.svg`);
    expect([icon?.status(), icon?.headers()["content-type"]], base).toEqual([200, "image/svg+xml"]);
  }
});
