import "server-only";
/** The site settings, as the public pages read them (cached until the coordinator saves them). */
import { db, type Tx } from "@/lib/db";
import { cachedRead } from "@/lib/cache/read";
import { EMPTY_SETTINGS, type SiteSettings } from "./schema";
import { typeset } from "@/lib/text/typeset";

const columns = {
  publisherName: true,
  publisherAddress: true,
  publicationDirector: true,
  hostName: true,
  hostAddress: true,
  coordinationAddress: true,
  contactEmail: true,
  defaultReportDeadline: true,
} as const;

/** The settings as saved, or all empty while nobody has saved them. */
export async function readSiteSettings(client: Tx = db): Promise<SiteSettings> {
  return (await client.siteSettings.findUnique({ where: { id: "site" }, select: columns })) ?? EMPTY_SETTINGS;
}

export async function getSiteSettings(): Promise<SiteSettings> {
  "use cache";
  cachedRead("settings");
  return typeset(await readSiteSettings());
}
