import Link from "next/link";
import { SkipLink } from "@/components/layout/skip-link";
import { Container } from "@/components/ui/container";

/** Chrome of the sign-in page: the portal's name and nothing to leak. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="border-b-4 border-accent bg-surface">
        <Container className="py-4">
          <Link href="/" className="group flex flex-col no-underline">
            <span className="text-sm text-muted">Campus des Métiers et des Qualifications</span>
            <span className="text-xl font-bold text-accent group-hover:underline">
              Bourgogne-Franche-Comté
            </span>
          </Link>
        </Container>
      </header>
      <main id="contenu" tabIndex={-1} className="py-10 focus:outline-none">
        {children}
      </main>
    </>
  );
}
