import { notFound } from "next/navigation";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { getCampus } from "@/lib/campuses/queries";
import { getSite } from "@/lib/site/request";
import { campusHref, hubHref } from "@/lib/site/links";

/** Chrome of a campus sub-site: its name and accent colour, its navigation. */
export default async function CampusSiteLayout({ children, params }: LayoutProps<"/[campus]">) {
  const { campus: slug } = await params;
  const [site, campus] = await Promise.all([getSite(), getCampus(slug)]);
  if (!campus) notFound();
  return (
    <div style={{ "--site-accent": campus.color } as React.CSSProperties}>
      <SkipLink />
      <SiteHeader
        homeHref={campusHref(site, campus.slug)}
        subtitle="Campus des Métiers et des Qualifications"
        title={campus.name}
        nav={[{ href: campusHref(site, campus.slug), label: "Accueil du campus" }]}
        aside={
          <a href={hubHref(site, "/")} className="text-sm">
            Tous les campus de Bourgogne-Franche-Comté
          </a>
        }
      />
      <main id="contenu" tabIndex={-1} className="py-10 focus:outline-none">
        {children}
      </main>
      <SiteFooter links={[]} note={`${campus.fullName} — ${campus.email}`} />
    </div>
  );
}
