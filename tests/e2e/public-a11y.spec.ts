/**
 * Every page template: the page is in French with one h1 and a
 * "<page> — <site>" title, carries its canonical URL and Open Graph data,
 * and axe-core finds no WCAG 2.2 A/AA violation at 1280, 375 and 320 px
 * (the layout changes with the width: menu button, filters behind
 * "Filtrer", tables scrolling in their region), where it fits without
 * horizontal scrolling.
 *
 * The page is loaded once and resized: the server's HTML does not depend on
 * the width, only the CSS does, and axe stays injected in the document.
 * With SHOTS_DIR set, full-page screenshots at 375 and 1280 px are written
 * there for review.
 */
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { axeViolations } from "./fixtures/axe";
import { TEMPLATES } from "./public-support";

const SHOTS = process.env.SHOTS_DIR;
const shotName = (path: string) => path.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-") || "accueil";

for (const t of TEMPLATES) {
  test(`${t.name} (${t.path}) has no accessibility violation at 1280, 375 and 320 px`, async ({ page }) => {
    const response = await page.goto(t.path);
    expect(response?.status()).toBe(t.status ?? 200);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(/ — /);
    await expect(page.locator("main#contenu")).toHaveCount(1);
    if (!t.status) {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical).toMatch(/^http:\/\//);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", await page.title());
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", canonical!);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S{3,}/);
    }
    for (const width of [1280, 375, 320]) {
      await page.setViewportSize({ width, height: width < 500 ? 800 : 900 });
      expect(await axeViolations(page), `${t.path} à ${width} px`).toEqual([]);
      if (width === 320) {
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          clientWidth: document.scrollingElement!.clientWidth,
        }));
        expect(scrollWidth, "défilement horizontal à 320 px").toBeLessThanOrEqual(clientWidth);
      }
      if (SHOTS && width !== 320) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/${shotName(t.path)}-${width}.png`, fullPage: true });
      }
    }
  });
}
