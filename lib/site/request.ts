import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { campusFromHost, hostname } from "./hosts";
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
