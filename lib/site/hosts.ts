/**
 * Host-based routing: the hub answers at the base domain (and localhost),
 * each campus at <slug>.<base domain> (and <slug>.localhost in development).
 * The base domain is configuration: CMQ_BASE_DOMAIN, default cmq-bfc.org.
 */
import { isCampusSlug, type CampusSlug } from "./campuses";

/** Request header set by proxy.ts with the path being visited (the way back after sign-in, the campus of a 404). */
export const REQUEST_PATH_HEADER = "x-cmq-path";

export function baseDomain(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CMQ_BASE_DOMAIN || "cmq-bfc.org").toLowerCase();
}

/** Hostname without port, lower-cased. */
export function hostname(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/:\d+$/, "")
    .replace(/^\[|\]$/g, "");
}

/** The campus a host names ("ti.cmq-bfc.org", "www.ti.cmq-bfc.org", "ti.localhost"), or null for the hub. */
export function campusFromHost(
  host: string | null | undefined,
  base: string = baseDomain(),
): CampusSlug | null {
  if (!host) return null;
  const name = hostname(host).replace(/^www\./, "");
  for (const suffix of [`.${base}`, ".localhost"]) {
    if (name.endsWith(suffix)) {
      const label = name.slice(0, -suffix.length);
      return isCampusSlug(label) ? label : null;
    }
  }
  return null;
}
