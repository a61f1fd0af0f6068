/**
 * A first-level page of the hub (/contact, /formations…): in the page-width
 * wrapper, its trail (Accueil › the page), its h1 with its lead, then its content.
 */
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import type { Site } from "@/lib/site/links";
import { HubPageCrumbs } from "./breadcrumbs";

export function HubPage({
  site,
  crumb,
  title,
  lead,
  children,
}: {
  site: Site;
  /** The page's name in the trail. */
  crumb: string;
  title: React.ReactNode;
  lead?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Container>
      <HubPageCrumbs site={site} page={crumb} />
      <PageHeading title={title} lead={lead} />
      {children}
    </Container>
  );
}
