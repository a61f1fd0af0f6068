/**
 * Site settings feed the legal notice and contact pages; the dashboards list
 * what waits; the back-office tables read at 375 and 1280 px (badges whole,
 * rows as cards on a phone, nothing cut on the right), with screenshots for
 * review. The same pages' axe audits, at both widths, are in
 * backoffice-a11y.spec.ts.
 */
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { COORDINATOR, doEmail, loadSession } from "./fixtures/auth";

const SHOTS = process.env.SHOTS_DIR || "";
/** How far the page runs past the right edge of the window (≤ 0: nothing is cut). */
const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("the coordinator fills the site settings; the legal notice and contact pages say only what is filled", async ({
  page,
}) => {
  await page.goto("/mentions-legales");
  await expect(page.getByText("Directeur ou directrice de la publication")).toHaveCount(0);
  await loadSession(page, COORDINATOR);
  await page.goto("/admin");
  const settings = page.getByRole("region", { name: "Paramètres du site" });
  await expect(settings.getByText("À compléter")).toHaveCount(8);
  await settings.getByRole("link", { name: "Compléter les paramètres du site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramètres du site");
  await page.getByLabel("Directeur ou directrice de la publication").fill("Dominique Essai, coordonnateur");
  await page
    .getByLabel("Adresse postale de la coordination régionale")
    .fill("1 rue de l'Essai\n25000 Besançon");
  await page.getByLabel("Adresse e-mail de contact de la coordination").fill("pas une adresse");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toContainText(
    "Saisissez une adresse e-mail valide",
  );
  await page.getByLabel("Adresse e-mail de contact de la coordination").fill("coordination@exemple.fr");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toContainText("Paramètres enregistrés");

  await page.goto("/mentions-legales");
  await expect(page.getByText("Dominique Essai, coordonnateur")).toBeVisible();
  await expect(page.getByText("Hébergeur", { exact: true })).toHaveCount(0);
  await page.goto("/contact");
  await expect(page.getByText("25000 Besançon")).toBeVisible();
  await expect(page.getByRole("link", { name: "coordination@exemple.fr" })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("region", { name: "Paramètres du site" }).getByText("À compléter")).toHaveCount(
    5,
  );
});

const PAGES = ["/admin", "/admin/actions", "/admin/formations", "/admin/organisations"];
for (const width of [375, 1280]) {
  for (const path of PAGES) {
    test(`${path} reads at ${width} px: badges whole, nothing cut on the right`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await loadSession(page, COORDINATOR);
      await page.goto(path);
      expect(await overflowOf(page)).toBeLessThanOrEqual(0);
      // Every badge stays on one line.
      const heights = await page
        .locator("table span.whitespace-nowrap")
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      for (const h of heights) expect(h).toBeLessThan(32);
      if (width < 640) {
        // Rows are cards: each value under its column's label.
        const firstRow = page.locator("tbody tr").first();
        await expect(firstRow).toBeVisible();
        expect(
          await page
            .locator("thead")
            .first()
            .evaluate((e) => e.getBoundingClientRect().height),
        ).toBeLessThanOrEqual(1);
      }
      await shot(page, `${path.replace(/\//g, "_")}-${width}`);
    });
  }
  test(`the settings page, a DO's dashboard and the accounts pages at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await loadSession(page, COORDINATOR);
    for (const path of ["/admin/parametres", "/admin/utilisateurs", "/admin/utilisateurs/nouveau"]) {
      await page.goto(path);
      expect(await overflowOf(page), `${path} à ${width} px`).toBeLessThanOrEqual(0);
      await shot(page, `${path.replace(/\//g, "_")}-${width}`);
    }
    await page.context().clearCookies();
    await loadSession(page, doEmail("ti"));
    await page.goto("/admin");
    await expect(page.getByRole("region", { name: "À faire" })).toBeVisible();
    expect(await overflowOf(page), `tableau de bord DO à ${width} px`).toBeLessThanOrEqual(0);
    await shot(page, `_admin-do-${width}`);
  });
}
