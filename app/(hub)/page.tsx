import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Card } from "@/components/ui/card";
import { listCampuses } from "@/lib/campuses/queries";
import { getSite } from "@/lib/site/request";
import { campusHref, hubUrl } from "@/lib/site/links";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite();
  return {
    title: "Accueil — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    alternates: { canonical: hubUrl(site, "/") },
  };
}

export default async function HubHomePage() {
  const [site, campuses] = await Promise.all([getSite(), listCampuses()]);
  return (
    <Container>
      <PageHeading
        title="Les Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté"
        lead="Six réseaux d'établissements, d'entreprises et d'acteurs institutionnels, chacun construit autour d'une filière d'excellence de la région."
      />
      <h2 className="mb-4 text-2xl font-bold">Les six campus</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {campuses.map((c) => (
          <li key={c.slug}>
            <Card className="h-full border-t-4" style={{ borderTopColor: c.color }}>
              <h3 className="text-lg font-bold">
                <Link href={campusHref(site, c.slug)} className="after:absolute after:inset-0" style={{ color: c.color }}>
                  {c.fullName}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {c.acronym} · labellisé en {c.labelYear}
              </p>
              <p className="text-sm">{c.sectors.join(", ")}</p>
            </Card>
          </li>
        ))}
      </ul>
    </Container>
  );
}
