"use client";

import { ErrorView, errorDigest } from "@/components/layout/error-view";

/** Errors outside the hub and campus layouts (their own error.tsx keep the chrome). */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="contenu" tabIndex={-1} className="py-16 focus:outline-none">
      <title>Erreur — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté</title>
      <ErrorView retry={retry} digest={errorDigest(error)} />
    </main>
  );
}
