import "server-only";
/** The metadata of a fixed page of the hub (/contact, /les-cmq…), on the host being served. */
import type { Metadata } from "next";
import { currentSite } from "@/lib/site/current";
import { hubUrl } from "@/lib/site/links";
import { HUB_SITE_NAME, pageMetadata } from "./metadata";

export function hubPageMetadata(page: {
  /** The page's own name ("Contact"). */
  name: string;
  /** Its path on the hub ("/contact"). */
  path: string;
  description: string;
}): () => Promise<Metadata> {
  return async () =>
    pageMetadata({
      page: page.name,
      siteName: HUB_SITE_NAME,
      description: page.description,
      canonical: hubUrl(await currentSite(), page.path),
    });
}
