import { Container } from "@/components/ui/container";
import { DataNote } from "@/components/ui/data-note";
import type { Freshness } from "@/lib/freshness/queries";
import { InstitutionalBlock } from "./institutional-block";
import { fr } from "@/lib/text/typography";

export type FooterLink = { href: string; label: string };

/** Footer with the legal links, the accessibility status and the directors' sign-in. */
export function SiteFooter({
  links,
  note,
  accessibility,
  signIn,
  freshness,
}: {
  links: FooterLink[];
  note?: React.ReactNode;
  /** Where the site's data comes from and when it last changed. */
  freshness?: Freshness;
  accessibility: FooterLink;
  signIn: FooterLink;
}) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-subtle py-8 text-sm">
      <Container className="flex flex-col gap-4">
        <nav aria-label="Liens utiles">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="text-ink">
                  {fr(l.label)}
                </a>
              </li>
            ))}
            <li>
              <a href={accessibility.href} className="text-ink">
                {fr(accessibility.label)}
              </a>
            </li>
          </ul>
        </nav>
        <div className="flex flex-col gap-1">
          <InstitutionalBlock className="text-ink" />
          <p className="text-muted">
            {note ?? "Les Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté."}
          </p>
        </div>
        {freshness ? <DataNote freshness={freshness} /> : null}
        <p>
          <a href={signIn.href} className="text-muted">
            {fr(signIn.label)}
          </a>
        </p>
      </Container>
    </footer>
  );
}
