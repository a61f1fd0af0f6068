/**
 * The portal as its visitors use it, on a phone (375 px) and on a desktop
 * (1280 px): a pupil finds a BTS and where it is taught from the hub in
 * three steps, a company finds the campus of its sector and its contact, a
 * teacher finds a campus's actions for lycéens. The phone header stays under
 * 120 px with a menu that works without JavaScript, results come before the
 * filters. Every template's axe audit at 320, 375 and 1280 px, and the
 * screenshots for review, are in public-a11y.spec.ts.
 */
import { expect, test, type Page } from "@playwright/test";
import { SEEDED } from "./public-support";

const WIDTHS = [375, 1280] as const;

async function atWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: width < 500 ? 800 : 900 });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => atWidth(page, width));

    test("a pupil finds a BTS and where it is taught in three steps from the hub", async ({ page }) => {
      await page.goto("/");
      // 1. The way in for pupils and parents.
      await page.getByRole("link", { name: /^Les formations après la 3e ou le bac/ }).click();
      await expect(page).toHaveURL(/\/formations\?level=3&level=4&level=5$/);
      await expect(page.getByRole("status")).toContainText(/\d\s+formations?/);
      // 2. A BTS in the results (results come first, before the filters' form).
      await page.getByRole("link", { name: "BTS Diététique" }).click();
      // 3. Where it is taught, the campus and its contact.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("BTS Diététique");
      const facts = page.locator("dl").first();
      await expect(facts.getByText("Où", { exact: true })).toBeVisible();
      await expect(facts.getByRole("link", { name: /Simone Weil/ })).toBeVisible();
      await expect(facts).toContainText("Niveau 5");
      const contact = page.getByRole("complementary", { name: /campus et (son|leur) contact/ });
      await expect(contact.getByRole("link", { name: /@cmq-bfc\.org$/ }).first()).toBeVisible();
    });

    test("a company finds the campus of its sector and its contact", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Trouver le campus de votre filière et son contact" }).click();
      const campuses = page.getByRole("region", { name: /^Les six campus$/ });
      const mma = campuses.getByRole("article").filter({ hasText: "maroquinerie" });
      await expect(mma).toBeVisible();
      await mma.getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Maroquinerie et Métiers d’Art");
      await expect(
        page.getByRole("complementary").getByRole("link", { name: "mma@cmq-bfc.org" }),
      ).toBeVisible();
    });

    test("a teacher finds a campus's actions for lycéens", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Les actions des campus pour vos lycéen·nes" }).click();
      await expect(page).toHaveURL(/\/actions\?public=lyceens$/);
      if (width < 1024) {
        const filter = page.locator("summary", { hasText: "Filtrer" });
        await expect(filter).toContainText("1\u00a0filtre actif");
        await filter.click();
      }
      await page
        .getByRole("group", { name: "Campus" })
        .getByLabel(/Territoire Intelligent/)
        .check();
      await page.getByRole("button", { name: "Appliquer les filtres" }).click();
      await expect(page).toHaveURL(/campus=ti/);
      const cards = page.getByRole("main").getByRole("article");
      await expect(cards.first()).toBeVisible();
      for (const card of await cards.all()) await expect(card).toContainText(/lycéens/i);
    });
  });
}

test("on a phone, the header stays under 120 px and its menu works without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  for (const path of ["/", "/itip", `/ti/actions/${SEEDED.action}`]) {
    await page.goto(path);
    const header = await page.locator("header").first().boundingBox();
    expect(header!.height, `en-tête de ${path}`).toBeLessThan(120);
  }
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Formations", exact: true })).toBeHidden();
  await page.locator("summary", { hasText: "Menu" }).click();
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Formations" })
    .click();
  await expect(page).toHaveURL(/\/formations$/);
  // Results first: the first formation starts on the first screen, the filters wait behind "Filtrer".
  const first = page.getByRole("main").getByRole("article").first();
  expect((await first.boundingBox())!.y).toBeLessThan(800);
  await expect(page.getByRole("button", { name: "Appliquer les filtres" })).toBeHidden();
  await page.locator("summary", { hasText: "Filtrer" }).click();
  await expect(page.getByRole("button", { name: "Appliquer les filtres" })).toBeVisible();
  await context.close();
});

test("on a desktop, the navigation and the filters are shown without a button", async ({ page }) => {
  await atWidth(page, 1280);
  await page.goto("/formations");
  await expect(page.locator("summary", { hasText: "Menu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Appliquer les filtres" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Région académique Bourgogne-Franche-Comté");
  await expect(page.getByRole("contentinfo")).toContainText("Région Bourgogne-Franche-Comté");
});
