import "server-only";
/**
 * The site being served. Public pages read it from the `site` root param
 * (the host the custom server put first in the path), never from request
 * headers, so they can be cached per host; everything else reads the site
 * key the custom server set on the request.
 */
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { site as siteParam } from "next/root-params";
import { baseDomain, SITE_KEY_HEADER, siteOfKey } from "./hosts";
import type { Site } from "./links";

/**
 * The site of a route under app/[site]. Any other key (the build's
 * placeholder) is a 404: every public page calls this before reading data.
 */
export function siteOfParam(key: string): Site {
  const site = siteOfKey(decodeURIComponent(key));
  if (!site) notFound();
  return site;
}

/** The site of the public page being rendered (server components under app/[site]). */
export async function currentSite(): Promise<Site> {
  return siteOfParam((await siteParam()) ?? "");
}

/** The site of a request outside app/[site] (API, back office): the host's key, set by the custom server. */
export async function requestSite(): Promise<Site> {
  const key = (await headers()).get(SITE_KEY_HEADER);
  return (key && siteOfKey(key)) || (siteOfKey(baseDomain()) as Site);
}

/** The hub's origin for the request ("https://cmq-bfc.org"): where links sent by mail lead. */
export async function requestOrigin(): Promise<string> {
  const site = await requestSite();
  return `${site.protocol}://${site.hubHost}`;
}
