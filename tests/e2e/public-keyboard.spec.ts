/**
 * A keyboard-only visitor (Tab and Enter, nothing else): the skip link is
 * the first stop and lands in the content; then search → result → action
 * page → partner page.
 */
import { expect, test } from "@playwright/test";
import { tabUntil } from "./public-support";

test("the skip link is the first focusable element and moves focus to the content", async ({ page }) => {
  await page.goto("/actions");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
  await expect(page.locator("main#contenu")).toBeFocused();
  // The next Tab continues from the content, not from the header.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
  expect(inMain).toBe(true);
});

test("search → result → action page → partner page, with Tab and Enter only", async ({ page }) => {
  await page.goto("/");
  await tabUntil(page, (el) => el.id === "recherche-site");
  await page.keyboard.type("linky");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recherche\?q=linky$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rechercher sur le portail");
  await expect(page.getByRole("status").filter({ hasText: "pour « linky »" })).toBeVisible();

  await tabUntil(page, (el) => el.tag === "a" && el.text === "Le compteur Linky et les Smart-Grids");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ti\/actions\/compteur-linky-smart-grids$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le compteur Linky et les Smart-Grids");

  await tabUntil(page, (el) => el.tag === "a" && el.text === "ENEDIS");
  await page.keyboard.press("Enter");
  // The partner page opens on the same sub-site.
  await expect(page).toHaveURL(/\/ti\/partenaires\/enedis$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ENEDIS");
  await expect(page.getByRole("link", { name: "Le compteur Linky et les Smart-Grids" })).toBeVisible();
});

test("the focus is always visible", async ({ page }) => {
  await page.goto("/ti");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
