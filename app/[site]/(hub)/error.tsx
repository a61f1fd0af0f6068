"use client";

import { ErrorView, errorDigest } from "@/components/layout/error-view";

/** An error in a hub page: shown inside the hub's header and footer. */
export default function HubError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <title>Erreur — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté</title>
      <ErrorView retry={retry} digest={errorDigest(error)} />
    </>
  );
}
