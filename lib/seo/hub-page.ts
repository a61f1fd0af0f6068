import "server-only";
/** The metadata of a fixed page of the hub (/contact, /formations…), on the host being served. */
import type { Metadata } from "next";
import { currentSite } from "@/lib/site/current";
import { hubUrl } from "@/lib/site/links";
import { HUB_SITE_NAME, pageMetadata } from "./metadata";

type HubPage = {
  /** The page's own name ("Contact"). */
  name: string;
  /** Its path on the hub ("/contact"). */
  path: string;
  description: string;
};

async function hubMetadata(page: HubPage, noIndex: boolean): Promise<Metadata> {
  return pageMetadata({
    page: page.name,
    siteName: HUB_SITE_NAME,
    description: page.description,
    canonical: hubUrl(await currentSite(), page.path),
    noIndex,
  });
}

export function hubPageMetadata(page: HubPage): () => Promise<Metadata> {
  return () => hubMetadata(page, false);
}

/** The same for a filterable list: its filtered views are not worth indexing. */
export function hubListMetadata(
  page: HubPage,
): (props: { params: Promise<unknown>; searchParams: Promise<object> }) => Promise<Metadata> {
  return async ({ searchParams }) => hubMetadata(page, Object.keys(await searchParams).length > 0);
}
