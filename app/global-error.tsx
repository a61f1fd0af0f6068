"use client";

import "./globals.css";
import { ErrorView, errorDigest } from "@/components/layout/error-view";

/** Last resort: an error in the root layout itself. It renders its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-surface text-ink antialiased">
        <title>Erreur — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté</title>
        <main id="contenu" className="py-16">
          <ErrorView retry={retry} digest={errorDigest(error)} />
        </main>
      </body>
    </html>
  );
}
