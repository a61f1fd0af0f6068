/**
 * Which site a host serves. The hub answers at the base domain (and at
 * localhost[:port] in development), each campus at <slug>.<base domain>
 * (and <slug>.localhost[:port]). The base domain is configuration:
 * CMQ_BASE_DOMAIN, default cmq-bfc.org.
 *
 * A site is named by its *site key*, the host as served ("cmq-bfc.org",
 * "ti.cmq-bfc.org", "localhost:3000", "ti.localhost:3000"): the custom
 * server puts it first in the internal path, so the cache keeps each host's
 * pages apart, and pages rebuild their links from it. Any other host (an IP
 * address, an unknown or forged name) gets the base domain's key: its URLs
 * are on the configured domain, never on a name the client chose.
 */
import { isCampusSlug } from "./campuses";
import type { Site } from "./links";

/** Request header set by the custom server with the path being visited (the way back after sign-in). */
export const REQUEST_PATH_HEADER = "x-cmq-path";
/** Request header set by the custom server with the site key, for the route handlers outside app/[site]. */
export const SITE_KEY_HEADER = "x-cmq-site";

export function baseDomain(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CMQ_BASE_DOMAIN || "cmq-bfc.org").trim().toLowerCase();
}

const LOCALHOST = /^localhost(?::\d{1,5})?$/;

/** The site key of a Host header value. */
export function siteKeyOfHost(host: string | null | undefined, base: string = baseDomain()): string {
  const name = (host ?? "").trim().toLowerCase().replace(/\.$/, "");
  return siteOfKey(name, base) ? name : base;
}

/** The site a key names, or null when the key is not one of this portal's hosts. */
export function siteOfKey(key: string, base: string = baseDomain()): Site | null {
  const dot = key.indexOf(".");
  const label = dot > 0 ? key.slice(0, dot) : "";
  const rest = key.slice(dot + 1);
  const hostCampus = isCampusSlug(label) && (rest === base || LOCALHOST.test(rest)) ? label : null;
  const hubHost = hostCampus ? rest : key;
  if (hubHost !== base && !LOCALHOST.test(hubHost)) return null;
  return { protocol: LOCALHOST.test(hubHost) ? "http" : "https", hubHost, hostCampus };
}

/**
 * The one value the build prerenders for every dynamic segment: the site
 * key is not a site (its pages are 404s), so no page reads data at build.
 */
export const PRERENDER_PLACEHOLDER = "prerender.invalid";
