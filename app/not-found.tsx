import Link from "next/link";
import { SkipLink } from "@/components/layout/skip-link";
import { Container } from "@/components/ui/container";

export const metadata = { title: "Page introuvable — CMQ Bourgogne-Franche-Comté" };

/** French 404 for any address that matches no page. */
export default function NotFound() {
  return (
    <>
      <SkipLink />
      <main id="contenu" tabIndex={-1} className="py-16 focus:outline-none">
        <Container>
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">Erreur 404</p>
          <h1 className="mt-2 text-3xl font-bold">Page introuvable</h1>
          <p className="mt-4 max-w-prose text-lg">
            L&apos;adresse saisie ne correspond à aucune page. Elle a peut-être été déplacée ou supprimée, ou contient une
            faute de frappe.
          </p>
          <ul className="mt-6 list-disc space-y-2 pl-6">
            <li>
              <Link href="/">Revenir à l&apos;accueil des Campus des Métiers et des Qualifications</Link>
            </li>
          </ul>
        </Container>
      </main>
    </>
  );
}
