/**
 * French typography on every public page (issue 14): whatever a visitor
 * reads — the page's visible text, its <title>, its meta description and its
 * images' alt texts, from content files and from the back office alike —
 * follows the rules of lib/text/typography.ts: no-break spaces before
 * ; ! ? : and inside « », typographic apostrophes. Code samples, URLs,
 * e-mail addresses and times are not read (`typographyFaults`).
 *
 * The pages are the ones the public crawl reaches from the hub's home page
 * (the campus sub-sites in path mode included). They are shown without
 * JavaScript: the server's HTML is the text every visitor gets.
 */
import { expect, test, type Page } from "@playwright/test";
import { typographyFaults } from "../../lib/text/typography";
import { crawl } from "./public-crawl-support";
import { HUB } from "./public-support";

test.describe.configure({ timeout: 20 * 60_000 });
test.use({ javaScriptEnabled: false });

/** The texts a visitor reads on the page, code samples replaced by a neutral word. */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const code of document.querySelectorAll("code, pre, kbd, samp"))
      code.replaceWith(document.createTextNode("code"));
    const description = document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    const alts = [...document.querySelectorAll("img[alt]")].map((img) => img.getAttribute("alt") ?? "");
    return [document.title, description, ...alts, document.body.innerText];
  });
}

test("every public page follows French typography", async ({ request, browser }) => {
  const { pages } = await crawl(request, `${HUB}/`);
  expect(pages.length).toBeGreaterThan(300);
  // A fault in the chrome shows on every page: each is listed once, with the pages it is on.
  const faults = new Map<string, string[]>();
  const queue = [...pages];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const worker = async () => {
    const page = await context.newPage();
    for (let url = queue.shift(); url; url = queue.shift()) {
      await page.goto(url, { waitUntil: "domcontentloaded" });
      const path = new URL(url).pathname + new URL(url).search;
      for (const text of await textsOf(page))
        for (const fault of typographyFaults(text)) faults.set(fault, [...(faults.get(fault) ?? []), path]);
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  await context.close();
  const found = [...faults].map(([fault, on]) => `${fault} — ${on.length} pages, e.g. ${on[0]}`);
  const total = [...faults.values()].reduce((sum, on) => sum + on.length, 0);
  console.log(`${pages.length} pages, ${faults.size} distinct faults, ${total} in all`);
  expect(found).toEqual([]);
});
