import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures/axe";
import { servePartnerPage } from "./opendata-partner-site";

/** The frame-ancestors directive of a Content-Security-Policy header. */
function frameAncestors(policy: string | undefined): string | undefined {
  return policy
    ?.split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("frame-ancestors "))
    ?.slice("frame-ancestors ".length);
}

/** Records every request the page makes, to prove none leaves the portal. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

test.describe("embeddable formations widget", () => {
  test("is compact, accessible, cookie-free and makes no outside request", async ({
    page,
    context,
    baseURL,
  }) => {
    const requests = recordRequests(page);
    const response = await page.goto("/msi/widget/formations");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["set-cookie"]).toBeUndefined();
    expect(frameAncestors(response?.headers()["content-security-policy"])).toBe("*");
    expect(response?.headers()["x-frame-options"]).toBeUndefined();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Formations du CMQ Microtechniques et Systèmes Intelligents",
    );
    // No site chrome: no banner, navigation or skip link.
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Aller au contenu" })).toHaveCount(0);

    const links = page.getByRole("list").getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", /noopener/);
      await expect(link).toHaveAccessibleName(/\(nouvel onglet\)$/);
      await expect(link).toHaveAttribute("href", new RegExp(`^${baseURL}/formations/`));
    }

    await expectNoAxeViolations(page);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });

  test("filters from its address, and answers on the campus host too", async ({ page, baseURL }) => {
    await page.goto("/msi/widget/formations?diploma=bts");
    const titles = await page.getByRole("list").getByRole("link").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/BTS/);

    const port = new URL(baseURL!).port;
    const onHost = await page.goto(`http://msi.localhost:${port}/widget/formations`);
    expect(onHost?.status()).toBe(200);
    expect(frameAncestors(onHost?.headers()["content-security-policy"])).toBe("*");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Formations du CMQ Microtechniques et Systèmes Intelligents",
    );
  });

  test("any site can embed it in an iframe; other pages refuse to be framed", async ({
    page,
    request,
    baseURL,
  }) => {
    const src = `${baseURL}/ti/widget/formations`;
    const snippet = `<iframe src="${src}" title="Formations du CMQ Territoire Intelligent" width="100%" height="480" style="border:0"></iframe>`;
    // A partner's page on another origin embeds the one-line snippet.
    const partner = await servePartnerPage(
      `<!doctype html><html lang="fr"><title>Lycée</title><h1>Nos formations</h1>${snippet}</html>`,
    );
    await page.goto(partner.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
      "Formations du CMQ Territoire Intelligent",
    );
    await expect(frame.getByRole("link").first()).toBeVisible();
    const link = frame.getByRole("list").getByRole("link").first();
    await expect(link).toHaveAttribute("target", "_blank");
    // Following a link opens the portal's formation page in a new tab, not inside the frame.
    const [opened] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await opened.waitForLoadState("domcontentloaded");
    expect(opened.url()).toMatch(new RegExp(`^${baseURL}/formations/`));
    await opened.close();
    await partner.close();

    // A page of the portal itself, framed by that partner site, is refused by the browser.
    const framingHub = await servePartnerPage(
      `<!doctype html><html lang="fr"><title>Lycée</title><iframe src="${baseURL}/donnees-ouvertes" title="Portail"></iframe></html>`,
    );
    await page.goto(framingHub.url);
    // The browser replaces the refused frame with its own error page.
    await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator("iframe").getByRole("heading", { name: "Données ouvertes" })).toHaveCount(
      0,
    );
    await framingHub.close();

    for (const path of ["/", "/ti", "/donnees-ouvertes"]) {
      const response = await request.get(path);
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
      expect(frameAncestors(response.headers()["content-security-policy"]), path).toBe("'none'");
    }
  });
});
