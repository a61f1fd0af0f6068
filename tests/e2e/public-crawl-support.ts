/**
 * The public crawl shared by the link check and the typography check: from
 * a start page, follow every link to the same host, breadth-first.
 */
import type { APIRequestContext } from "@playwright/test";
import { editorNotesIn } from "../../lib/content/schema";
import { HUB } from "./public-support";
/** Pages about the portal itself, where the annual report is a subject, not a source. */
const ABOUT_THE_PORTAL =
  /^\/(rapports|donnees-personnelles|accessibilite|donnees-ouvertes|mentions-legales)(\/|$)/;

/** The text a visitor reads in a page's main content (forms' labels and options aside). */
function mainTextOf(html: string): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? "";
  return main
    .replace(/<(script|style|form)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function linksOf(html: string, base: URL): URL[] {
  const urls: URL[] = [];
  for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const raw = m[1].replace(/&amp;/g, "&");
    if (!raw || raw.startsWith("#") || /^(mailto|tel|javascript):/i.test(raw)) continue;
    const url = new URL(raw, base);
    url.hash = "";
    urls.push(url);
  }
  return urls;
}

/**
 * Crawls from `start`; `onPage`, when given, reads each HTML page's bytes as
 * they arrive (the typography check reads the text there); `fetches` leaves
 * out the links a check has no use for (the typography check does not ask
 * for the reports' files, each rendered on demand: the link check does).
 */
export async function crawl(
  request: APIRequestContext,
  start: string,
  onPage?: (url: string, html: string) => void,
  fetches: (url: URL) => boolean = () => true,
) {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue: { url: string; from: string }[] = [{ url: start, from: "(départ)" }];
  const failures: string[] = [];
  const notes: string[] = [];
  const pages: string[] = [];
  let fetched = 0;
  let busy = 0;
  const visit = async ({ url, from }: { url: string; from: string }) => {
    const target = new URL(url);
    // Requests go to the test server with the logical host in the Host header
    // (Node does not resolve *.localhost; Chromium does).
    const response = await request.get(`${HUB}${target.pathname}${target.search}`, {
      headers: { host: target.host },
      maxRedirects: 0,
    });
    fetched += 1;
    const status = response.status();
    if (status >= 400) failures.push(`${status} ${url} (lien depuis ${from})`);
    if (status >= 300 && status < 400) {
      const location = response.headers()["location"];
      if (location) enqueue(new URL(location, url), url);
      return;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) return;
    pages.push(url);
    const html = await response.text();
    onPage?.(url, html);
    if (!ABOUT_THE_PORTAL.test(target.pathname)) {
      const found = editorNotesIn(mainTextOf(html));
      if (found.length) notes.push(`${url} : ${found.join(", ")}`);
    }
    for (const link of linksOf(html, target)) enqueue(link, url);
  };
  const enqueue = (link: URL, from: string) => {
    if (link.origin !== origin || !fetches(link)) return;
    const key = link.toString();
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ url: key, from });
  };
  // Four requests in flight; a worker waits while others may still add links.
  const worker = async () => {
    for (;;) {
      const next = queue.shift();
      if (!next) {
        if (busy === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      busy += 1;
      try {
        await visit(next);
      } finally {
        busy -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { fetched, failures, notes, urls: [...seen], pages };
}
