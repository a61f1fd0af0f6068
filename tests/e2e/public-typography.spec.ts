/**
 * French typography on every public page (issue 14): whatever a visitor
 * reads — the page's text, its <title>, its meta description and its
 * images' alt texts, from content files and from the back office alike —
 * follows the rules of lib/text/typography.ts: no-break spaces before
 * ; ! ? : and inside « », typographic apostrophes. Code samples, URLs,
 * e-mail addresses and times are not read (`typographyFaults`).
 *
 * The pages are the ones the public crawl reaches from the hub's home page
 * (the campus sub-sites in path mode included), read from the server's
 * HTML as the crawl fetches it (readable-text.ts): the text every visitor
 * gets, with or without JavaScript. Opening each of the 600 pages in a
 * browser tab took three minutes of CI for the same text.
 */
import { expect, test } from "@playwright/test";
import { typographyFaults } from "../../lib/text/typography";
import { crawl } from "./public-crawl-support";
import { HUB } from "./public-support";
import { readableTextsOf } from "./readable-text";

test.describe.configure({ timeout: 10 * 60_000 });

test("every public page follows French typography", async ({ request }) => {
  // A fault in the chrome shows on every page: each is listed once, with the pages it is on.
  const faults = new Map<string, string[]>();
  const { pages } = await crawl(
    request,
    `${HUB}/`,
    (url, html) => {
      const path = new URL(url).pathname + new URL(url).search;
      for (const text of readableTextsOf(html))
        for (const fault of typographyFaults(text)) faults.set(fault, [...(faults.get(fault) ?? []), path]);
    },
    (url) => !/\.(pdf|docx|csv|md|json|xml|ics)$/.test(url.pathname),
  );
  expect(pages.length).toBeGreaterThan(300);
  const found = [...faults].map(([fault, on]) => `${fault} — ${on.length} pages, e.g. ${on[0]}`);
  const total = [...faults.values()].reduce((sum, on) => sum + on.length, 0);
  console.log(`${pages.length} pages, ${faults.size} distinct faults, ${total} in all`);
  expect(found).toEqual([]);
});
