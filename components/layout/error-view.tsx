"use client";

import { unavailableReference } from "@/lib/http/error-reference";

/**
 * What an unexpected error says: it is not the visitor's fault, try again, or
 * go elsewhere. When the database is down or silent (the server answers 503),
 * it says the service is unavailable for a moment, and its reference is the
 * request id of the access log.
 */
export function ErrorView({ retry, digest }: { retry?: () => void; digest?: string }) {
  const outage = unavailableReference(digest);
  const reference = outage ?? digest;
  return (
    <div className="mx-auto w-full max-w-6xl px-4 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        {outage ? "Indisponibilité temporaire" : "Erreur"}
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {outage ? "Service momentanément indisponible" : "Une erreur est survenue"}
      </h1>
      {outage ? (
        <p className="mt-4 max-w-prose text-lg">
          Le portail ne peut pas joindre sa base de données pour le moment. Les pages déjà consultées restent
          disponibles&#x202F;; celle-ci le sera de nouveau dans quelques instants. Réessayez bientôt.
        </p>
      ) : (
        <p className="mt-4 max-w-prose text-lg">
          La page n’a pas pu s’afficher à cause d’un problème technique de notre côté. Vous n’y êtes pour
          rien. Réessayez dans quelques instants.
        </p>
      )}
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
        {/* A plain link, not next/link: the error boundaries are loaded by every public page, each in a
            chunk of its own, and next/link would be bundled again in each of them (3 kB gzip apiece).
            After an error a full page load is what the visitor needs anyway. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/">Revenir à l’accueil</a>
      </div>
      {reference ? (
        <p className="mt-6 text-sm text-muted">
          Référence de l’erreur, à indiquer si vous nous écrivez&nbsp;: {reference}
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
      <title>{`${unavailableReference(errorDigest(error)) ? "Service indisponible" : "Erreur"} — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté`}</title>
      <ErrorView retry={retry} digest={errorDigest(error)} />
    </main>
  );
}
