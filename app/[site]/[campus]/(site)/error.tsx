"use client";

import { ErrorView, errorDigest } from "@/components/layout/error-view";

/** An error in a campus page: shown inside the campus's header and footer. */
export default function CampusError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <title>Erreur — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté</title>
      <ErrorView retry={retry} digest={errorDigest(error)} />
    </>
  );
}
