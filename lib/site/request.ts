import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { campusFromHost, hostname, REQUEST_PATH_HEADER } from "./hosts";
import { isCampusSlug, type CampusSlug } from "./campuses";
import type { Site } from "./links";

function isLocal(host: string): boolean {
  const name = hostname(host);
  return name === "localhost" || name.endsWith(".localhost") || /^[\d.]+$/.test(name) || name === "::1";
}

/** The site of the current request, read from its headers. */
export const getSite = cache(async (): Promise<Site> => {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost";
  const forwardedProto = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto || (isLocal(host) ? "http" : "https");
  const hostCampus = campusFromHost(host);
  const bare = host.toLowerCase().replace(/^www\./, "");
  const hubHost = hostCampus ? bare.slice(hostCampus.length + 1) : bare;
  return { protocol, hubHost, hostCampus };
});

/**
 * The campus sub-site the request is on: by its host (ti.cmq-bfc.org), or
 * by the /<slug>/… path on the hub. For pages that get no route params,
 * such as a 404 inside a campus.
 */
export const getRequestCampus = cache(async (): Promise<CampusSlug | null> => {
  const site = await getSite();
  if (site.hostCampus) return site.hostCampus;
  const first = (await headers()).get(REQUEST_PATH_HEADER)?.split(/[/?#]/)[1];
  return first && isCampusSlug(first) ? first : null;
});
