/** Action, formation and campus pages print without navigation, with the URLs of their links. */
import { expect, test } from "@playwright/test";
import { SEEDED } from "./public-support";

for (const path of [`/ti/actions/${SEEDED.action}`, `/formations/${SEEDED.formation}`, "/ti"]) {
  test(`${path} prints cleanly`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header").first()).toBeHidden();
    await expect(page.locator("footer").first()).toBeHidden();
    for (const nav of await page.locator("nav").all()) await expect(nav).toBeHidden();
    await expect(page.locator(".no-print").first()).toBeHidden();
    await expect(page.locator("h1")).toBeVisible();
    const after = await page
      .locator("main a[href^='/'], main a[href^='http']")
      .first()
      .evaluate((a) => ({ content: getComputedStyle(a, "::after").content, href: a.getAttribute("href") }));
    expect(after.content).toContain(after.href!);
    // A relative link prints as a full address.
    const relative = await page
      .locator("main a[href^='/']")
      .first()
      .evaluate((a) => ({ content: getComputedStyle(a, "::after").content, href: a.getAttribute("href") }));
    expect(relative.content).toContain(`${new URL(page.url()).origin}${relative.href}`);
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator("header").first()).toBeVisible();
  });
}
