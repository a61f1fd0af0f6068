"use client";

import Link from "next/link";

/** What an unexpected error says: it is not the visitor's fault, try again, or go elsewhere. */
export function ErrorView({ retry, digest }: { retry?: () => void; digest?: string }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Erreur</p>
      <h1 className="mt-2 text-3xl font-bold">Une erreur est survenue</h1>
      <p className="mt-4 max-w-prose text-lg">
        La page n&apos;a pas pu s&apos;afficher à cause d&apos;un problème technique de notre côté. Vous
        n&apos;y êtes pour rien. Réessayez dans quelques instants.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {retry ? (
          <button
            type="button"
            onClick={() => retry()}
            className="min-h-11 rounded bg-accent px-4 py-2 font-semibold text-white hover:underline"
          >
            Réessayer
          </button>
        ) : null}
        <Link href="/">Revenir à l&apos;accueil</Link>
      </div>
      {digest ? (
        <p className="mt-6 text-sm text-muted">
          Référence de l&apos;erreur, à indiquer si vous nous écrivez : {digest}
        </p>
      ) : null}
    </div>
  );
}

export function errorDigest(error: unknown): string | undefined {
  return error && typeof error === "object" && "digest" in error && typeof error.digest === "string"
    ? error.digest
    : undefined;
}

/** The error page of a whole root layout (public site, back office, sign-in): no chrome of its own. */
export function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="contenu" tabIndex={-1} className="py-16 focus:outline-none">
      <title>Erreur — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté</title>
      <ErrorView retry={retry} digest={errorDigest(error)} />
    </main>
  );
}
