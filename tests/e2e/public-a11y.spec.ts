/**
 * Every page template: axe-core finds no WCAG 2.2 A/AA violation, the page
 * is in French with one h1 and a "<page> — <site>" title, carries its
 * canonical URL and Open Graph data, and fits 320 px without horizontal
 * scrolling.
 */
import { expect, test } from "@playwright/test";
import { axeViolations } from "./fixtures/axe";
import { TEMPLATES } from "./public-support";

for (const t of TEMPLATES) {
  test(`${t.name} (${t.path}) has no accessibility violation and fits 320 px`, async ({ page }) => {
    const response = await page.goto(t.path);
    expect(response?.status()).toBe(t.status ?? 200);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(/ — /);
    await expect(page.locator("main#contenu")).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    if (!t.status) {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical).toMatch(/^http:\/\//);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", await page.title());
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", canonical!);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S{3,}/);
    }
    // The same page at 320 px (media queries apply on resize; no reload needed).
    await page.setViewportSize({ width: 320, height: 640 });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      clientWidth: document.scrollingElement!.clientWidth,
    }));
    expect(scrollWidth, "défilement horizontal à 320 px").toBeLessThanOrEqual(clientWidth);
  });
}
