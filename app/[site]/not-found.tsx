import type { Metadata } from "next";
import { SkipLink } from "@/components/layout/skip-link";
import { NotFoundView } from "@/components/layout/not-found-view";
import { HUB_SITE_NAME, pageTitle } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";

export const metadata: Metadata = {
  title: pageTitle("Page introuvable", HUB_SITE_NAME),
  robots: { index: false },
};

/** French 404 for any address that matches no page. */
export default async function NotFound() {
  const site = await currentSite();
  return (
    <>
      <SkipLink />
      <main id="contenu" tabIndex={-1} className="py-16 focus:outline-none">
        <NotFoundView site={site} />
      </main>
    </>
  );
}
