import { Document, DOCUMENT_METADATA, DOCUMENT_VIEWPORT } from "@/components/layout/document";
import { currentSite } from "@/lib/site/current";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
import "../globals.css";

export const metadata = DOCUMENT_METADATA;
export const viewport = DOCUMENT_VIEWPORT;

/**
 * The build must never open the database: its only prerendered site is a
 * placeholder that every public page answers with a 404 before reading
 * data (currentSite()). Real hosts render on their first request and are
 * then served from the cache.
 */
export function generateStaticParams() {
  return [{ site: PRERENDER_PLACEHOLDER }];
}

/** Root layout of the public pages: the site is the host the custom server put first in the path. */
export default async function PublicRootLayout({ children }: LayoutProps<"/[site]">) {
  return <Document site={await currentSite()}>{children}</Document>;
}
