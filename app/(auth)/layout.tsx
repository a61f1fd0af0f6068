import Link from "next/link";
import { connection } from "next/server";
import { Document, DOCUMENT_METADATA, DOCUMENT_VIEWPORT } from "@/components/layout/document";
import { requestSite } from "@/lib/site/current";
import { SkipLink } from "@/components/layout/skip-link";
import { Container } from "@/components/ui/container";
import "../globals.css";

export const metadata = DOCUMENT_METADATA;
export const viewport = DOCUMENT_VIEWPORT;

/** Rendered for each request, never cached. */
export const instant = false;

/** Root layout of the sign-in page: the portal's name and nothing to leak. */
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <Document site={await requestSite()}>
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
    </Document>
  );
}
