import { connection } from "next/server";
import { Document, DOCUMENT_METADATA, DOCUMENT_VIEWPORT } from "@/components/layout/document";
import { requestSite } from "@/lib/site/current";
import "../globals.css";

export const metadata = DOCUMENT_METADATA;
export const viewport = DOCUMENT_VIEWPORT;

/** Personal pages: rendered for each request, never cached, never prerendered. */
export const instant = false;

/** Root layout of the back office. */
export default async function BackOfficeRootLayout({ children }: { children: React.ReactNode }) {
  // Nothing of a personal page is rendered ahead of the request: no shell is sent
  // before the page has decided its status (a forged id answers 404, not 200).
  await connection();
  return <Document site={await requestSite()}>{children}</Document>;
}
