import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/not-found-view";
import { HUB_SITE_NAME, pageTitle } from "@/lib/seo/metadata";
import { requestSite } from "@/lib/site/current";

export const metadata: Metadata = {
  title: pageTitle("Page introuvable", HUB_SITE_NAME),
  robots: { index: false },
};

/** French 404 of the back office (an unknown address, or a record of another campus). */
export default async function BackOfficeNotFound() {
  return (
    <main id="contenu" tabIndex={-1} className="py-16 focus:outline-none">
      <NotFoundView site={await requestSite()} />
    </main>
  );
}
