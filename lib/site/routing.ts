/**
 * Routing done by the custom server before Next.js sees a request: the host
 * decides the site, the public pages are served from app/[site]/… so the
 * page cache keeps each host (and each mode) apart:
 *   ti.cmq-bfc.org/actions   → /ti.cmq-bfc.org/ti/actions  (host mode)
 *   cmq-bfc.org/ti/actions   → /cmq-bfc.org/ti/actions     (path mode)
 * A list asked for with one of its filters goes to its per-request variant
 * (…/formations/_filtre); without, to the cached list. A search goes to a
 * page of its own per query (…/recherche/requete/<key>), cached like an
 * action's page.
 * Pure: unit-tested, no I/O.
 */
import { actionFiltersSchema } from "@/lib/actions/filters";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { partnerFiltersSchema } from "@/lib/organisations/filters";
import { isCampusSlug } from "./campuses";
import { siteKeyOfHost, siteOfKey } from "./hosts";

/** Paths served as they are on every host: assets, APIs, back office, sign-in, uploads. */
const SHARED_PREFIXES = ["/_next/", "/api/", "/admin", "/connexion", "/favicon.", "/icons/", "/media/"];

/** The segment of a list's per-request variant (folder `%5Ffiltre`: a leading `_` would make it private). */
export const FILTERED_SEGMENT = "_filtre";

/**
 * The segment of each site's 404 document (folders `%5Fintrouvable`, like `%5Ffiltre`). Next.js
 * 16 answers a `notFound()` with an empty document drawn by the browser's JavaScript (no content,
 * title or language in the HTML: vercel/next.js#62228), so the server sends, with status 404,
 * the site's 404 document instead: a page Next.js renders in full and caches.
 */
export const NOT_FOUND_SEGMENT = "_introuvable";

/**
 * The segment of a search's own page (folders `requete/[search]`). Rendering the search page
 * costs tens of milliseconds of CPU even when its data comes from the cache (a 100 kB page and
 * its RSC payload), so a Node process holds about 20 searches a second: each query gets a page
 * of its own, rendered once and then served from the page cache like an action's page, dropped
 * by the same content tags when a write changes what it shows.
 */
export const SEARCH_SEGMENT = "requete";
const SEARCH_PATH = /^\/(?:[a-z]+\/)?recherche$/;
/**
 * Longest key of a search page: the page cache writes it as a file name (255 bytes at most,
 * with its suffixes); a longer query is served by the per-request variant.
 */
const MAX_SEARCH_KEY = 200;

const keysOf = (schema: { shape: object }) => [...Object.keys(schema.shape), "page"];
const ACTION_KEYS = keysOf(actionFiltersSchema);
const FORMATION_KEYS = keysOf(formationFiltersSchema);
const SEARCH_KEYS = ["q", "type", "page"];
/** The lists that have a per-request variant, and the query keys that send a request there. */
const FILTERED_LISTS: { path: RegExp; keys: readonly string[] }[] = [
  { path: /^\/(?:[a-z]+\/)?actions$/, keys: ACTION_KEYS },
  { path: /^\/(?:[a-z]+\/)?formations$/, keys: FORMATION_KEYS },
  { path: SEARCH_PATH, keys: SEARCH_KEYS },
  { path: /^\/partenaires$/, keys: keysOf(partnerFiltersSchema) },
  { path: /^\/[a-z]+\/widget\/formations$/, keys: FORMATION_KEYS },
];

/** What a cached list page gets for its query string: nothing. */
export const NO_FILTERS: Promise<Record<string, string | string[] | undefined>> = Promise.resolve({});

export type Routed =
  /** 308 to another address of the same page. */
  | { kind: "redirect"; location: string }
  /** Handed to Next.js with `url` (path and query) and the site key of the host. */
  | { kind: "next"; url: string; siteKey: string };

function isShared(path: string, publicFiles: ReadonlySet<string>): boolean {
  return publicFiles.has(path) || SHARED_PREFIXES.some((p) => path.startsWith(p) || `${path}/` === p);
}

/**
 * The key of a search's own page: its `q`, `type` and `page` (the first of each, in that order,
 * nothing else, so that other query keys share the page), base64url. null without any of them,
 * or when the key is too long for a file name.
 */
export function searchKey(query: URLSearchParams): string | null {
  const canonical = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = query.get(key);
    if (value !== null) canonical.set(key, value);
  }
  if (!canonical.toString()) return null;
  const key = Buffer.from(canonical.toString(), "utf8").toString("base64url");
  return key.length <= MAX_SEARCH_KEY ? key : null;
}

/** The query of a search page's key (as the page's searchParams), or null when it is not one. */
export function searchParamsOfKey(key: string): Record<string, string> | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(key)) return null;
  const query = new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"));
  return searchKey(query) === key ? Object.fromEntries(query) : null;
}

/** `path` with the per-request variant of its list when the query names one of that list's filters. */
function withListVariant(path: string, query: URLSearchParams): string {
  if (SEARCH_PATH.test(path)) {
    const key = searchKey(query);
    if (key) return `${path}/${SEARCH_SEGMENT}/${key}`;
  }
  const list = FILTERED_LISTS.find((l) => l.path.test(path));
  return list?.keys.some((key) => query.has(key)) ? `${path}/${FILTERED_SEGMENT}` : path;
}

/**
 * Where a request goes. `url` is the raw request target (path and query);
 * `publicFiles` are the paths of the files of public/.
 */
export function routeRequest(
  host: string | undefined,
  url: string,
  options: { base: string; publicFiles: ReadonlySet<string> },
): Routed {
  const siteKey = siteKeyOfHost(host, options.base);
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt === -1 ? "" : url.slice(queryAt);
  if (!path.startsWith("/") || isShared(path, options.publicFiles)) return { kind: "next", url, siteKey };

  // One address per page: /actions/ → /actions (Next.js would answer with the internal path).
  if (path.length > 1 && path.endsWith("/"))
    return { kind: "redirect", location: `${path.replace(/\/+$/, "") || "/"}${search}` };
  const campus = siteOfKey(siteKey, options.base)?.hostCampus;
  if (campus && (path === `/${campus}` || path.startsWith(`/${campus}/`))) {
    // ti.cmq-bfc.org/ti/actions → ti.cmq-bfc.org/actions: one address per page.
    return { kind: "redirect", location: `${path.slice(campus.length + 1) || "/"}${search}` };
  }
  const sitePath = campus ? `/${campus}${path === "/" ? "" : path}` : path === "/" ? "" : path;
  const internal = withListVariant(sitePath, new URLSearchParams(search));
  return { kind: "next", url: `/${siteKey}${internal}${search}`, siteKey };
}

/**
 * The 404 document of a routed public page, as an address of the page's own site:
 * "/<campus>/_introuvable" under a campus in path mode, "/_introuvable" on the hub and on a
 * campus's own host. `isDocument` when the request is for that document itself. null for what
 * is not a public page (assets, APIs, back office, sign-in, redirects).
 */
export function notFoundDocument(routed: Routed, base: string): { path: string; isDocument: boolean } | null {
  if (routed.kind !== "next") return null;
  const prefix = `/${routed.siteKey}`;
  const queryAt = routed.url.indexOf("?");
  const path = queryAt === -1 ? routed.url : routed.url.slice(0, queryAt);
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return null;
  const first = path.slice(prefix.length + 1).split("/")[0];
  const campus = isCampusSlug(first) ? first : null;
  const internal = `${prefix}${campus ? `/${campus}` : ""}/${NOT_FOUND_SEGMENT}`;
  const ownHost = siteOfKey(routed.siteKey, base)?.hostCampus != null;
  return {
    path: campus && !ownHost ? `/${campus}/${NOT_FOUND_SEGMENT}` : `/${NOT_FOUND_SEGMENT}`,
    isDocument: path === internal,
  };
}
