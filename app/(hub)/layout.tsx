import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";

/** Chrome of the regional hub (cmq-bfc.org). */
export default function HubLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader
        homeHref="/"
        subtitle="Bourgogne-Franche-Comté"
        title="Campus des Métiers et des Qualifications"
        nav={[{ href: "/", label: "Accueil" }]}
      />
      <main id="contenu" tabIndex={-1} className="py-10 focus:outline-none">
        {children}
      </main>
      <SiteFooter links={[]} />
    </>
  );
}
