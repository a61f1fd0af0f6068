import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/not-found-view";
import { notFoundMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";

export const metadata: Metadata = notFoundMetadata();

/**
 * The hub's 404 document: the page the custom server sends, with status 404, for any address
 * of the hub that Next.js answers with a 404 (see NOT_FOUND_SEGMENT in lib/site/routing.ts).
 */
export default async function HubNotFoundDocument() {
  return <NotFoundView site={await currentSite()} />;
}
