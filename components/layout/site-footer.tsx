import Link from "next/link";
import { Container } from "@/components/ui/container";

/** Footer with the legal links; hrefs come from the site (hub or campus). */
export function SiteFooter({ links, note }: { links: { href: string; label: string }[]; note?: React.ReactNode }) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-subtle py-8 text-sm">
      <Container className="flex flex-col gap-4">
        {links.length > 0 ? (
          <nav aria-label="Liens utiles">
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="text-ink">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p className="text-muted">
          {note ?? "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté — Région académique Bourgogne-Franche-Comté."}
        </p>
      </Container>
    </footer>
  );
}
