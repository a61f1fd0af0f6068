import type { SearchKind, SearchResponse, SearchResult } from "@/lib/search/queries";
import { DIPLOMA_LABELS, LEVEL_LABELS, ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { formatNumber } from "@/lib/text/format";
import { Highlight } from "@/components/ui/highlight";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusTag } from "@/components/ui/status-tag";
import { Tag } from "@/components/ui/tag";
import { CampusTags } from "@/components/campuses/campus-tag";
import { withQuery, type Links } from "@/components/links";
import { SearchBox } from "@/components/layout/search-box";
import { formatCount, plural } from "@/lib/text/plural";
import { fr } from "@/lib/text/typography";

export const KIND_CODES: Record<SearchKind, string> = {
  action: "actions",
  formation: "formations",
  organisation: "partenaires",
  platform: "plateformes",
};
const KIND_LABELS: Record<SearchKind, string> = {
  action: "Actions",
  formation: "Formations",
  organisation: "Partenaires",
  platform: "Plateformes technologiques",
};
const KIND_SINGULAR: Record<SearchKind, string> = {
  action: "Action",
  formation: "Formation",
  organisation: "Partenaire",
  platform: "Plateforme technologique",
};

export function kindFromCode(code: string | undefined): SearchKind | undefined {
  return (Object.entries(KIND_CODES) as [SearchKind, string][]).find(([, c]) => c === code)?.[0];
}

function hrefOf(r: SearchResult, links: Links): string {
  switch (r.kind) {
    case "action":
      return links.campusPage(r.campus.slug, `/actions/${r.slug}`);
    case "formation":
      return links.formation(r.slug);
    case "organisation":
      return links.organisation(r.slug);
    case "platform":
      return links.platform(r.slug);
  }
}

function Meta({ r }: { r: SearchResult }) {
  switch (r.kind) {
    case "action":
      return (
        <div className="flex flex-wrap items-center gap-2">
          <StatusTag status={r.status} prefix />
          <CampusTags campuses={r.campuses} />
        </div>
      );
    case "formation":
      return (
        <p className="text-sm text-muted">
          {DIPLOMA_LABELS[r.diploma]}
          {r.level ? ` · ${LEVEL_LABELS[r.level] ?? `niveau ${r.level}`}` : ""}
          {r.place ? ` · ${r.place}` : ""}
        </p>
      );
    case "organisation":
      return (
        <p className="text-sm text-muted">
          {ORGANISATION_KIND_LABELS[r.orgKind]}
          {r.acronym && r.acronym !== r.title ? ` · ${r.acronym}` : ""}
          {r.city ? ` · ${r.city}` : ""}
        </p>
      );
    case "platform":
      return (
        <p className="text-sm text-muted">
          {r.acronym && r.acronym !== r.title ? r.acronym : ""}
          {r.domain ? `${r.acronym ? " · " : ""}${r.domain}` : ""}
        </p>
      );
  }
}

/**
 * Search results: the query echoed with the number of matches, a filter by
 * kind (links keeping the query), ranked results with their matches
 * highlighted, and an empty state that says what to try.
 */
export function SearchResults({
  response,
  kind,
  links,
  path,
  scopeNote,
}: {
  response: SearchResponse;
  kind?: SearchKind;
  links: Links;
  path: string;
  scopeNote?: React.ReactNode;
}) {
  const { query, counts } = response;
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const kinds = Object.keys(KIND_CODES) as SearchKind[];
  return (
    <section aria-labelledby="resultats">
      <h2 id="resultats" className="mb-2 text-2xl font-bold">
        Résultats
      </h2>
      <p role="status" className="mb-4 text-lg">
        {response.total === 0 ? "Aucun résultat" : formatCount(response.total, plural("résultat"))} pour
        «&#x202F;<strong>{fr(query)}</strong>&#x202F;»
        {kind ? ` parmi les ${KIND_LABELS[kind].toLowerCase()}` : ""}
      </p>
      {scopeNote}
      {all > 0 ? (
        <nav aria-label="Type de résultat" className="mb-6">
          <ul className="flex flex-wrap gap-2">
            <li>
              <a
                href={withQuery(path, { q: query })}
                aria-current={!kind ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-full border border-line px-3 text-sm no-underline hover:underline aria-[current=page]:border-accent aria-[current=page]:bg-accent-tint aria-[current=page]:font-bold"
              >
                Tout ({formatNumber(all)})
              </a>
            </li>
            {kinds
              .filter((k) => counts[k] > 0)
              .map((k) => (
                <li key={k}>
                  <a
                    href={withQuery(path, { q: query, type: KIND_CODES[k] })}
                    aria-current={kind === k ? "page" : undefined}
                    className="inline-flex min-h-11 items-center rounded-full border border-line px-3 text-sm no-underline hover:underline aria-[current=page]:border-accent aria-[current=page]:bg-accent-tint aria-[current=page]:font-bold"
                  >
                    {KIND_LABELS[k]} ({formatNumber(counts[k])})
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
      {response.results.length === 0 ? (
        <EmptyState title={`Aucun résultat pour «\u202F${query}\u202F»`}>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              Vérifiez l’orthographe, ou essayez un mot plus court ou plus général («&#x202F;énergie&#x202F;»
              plutôt que «&#x202F;énergéticien&#x202F;»).
            </li>
            <li>Retirez un mot&nbsp;: tous les mots saisis doivent se trouver dans le résultat.</li>
            <li>
              Parcourez les listes&nbsp;: <a href={links.here("/actions")}>actions</a>,{" "}
              <a href={links.here("/formations")}>formations</a>,{" "}
              <a href={links.here("/partenaires")}>partenaires</a>,{" "}
              <a href={links.here("/plateformes")}>plateformes technologiques</a>.
            </li>
          </ul>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-4" start={(response.page - 1) * response.perPage + 1}>
          {response.results.map((r) => (
            <li key={`${r.kind}-${r.id}`} className="rounded-lg border border-line p-4">
              <p className="mb-1">
                <Tag>{KIND_SINGULAR[r.kind]}</Tag>
              </p>
              <h3 className="text-lg font-bold leading-snug">
                <a href={hrefOf(r, links)}>
                  <Highlight text={r.title} query={query} />
                </a>
              </h3>
              <Meta r={r} />
              {r.excerpt ? (
                <p className="mt-2 text-sm">
                  <Highlight text={r.excerpt} query={query} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={response.page}
        pageCount={response.pageCount}
        hrefFor={(p) =>
          withQuery(path, {
            q: query,
            type: kind ? KIND_CODES[kind] : undefined,
            page: p > 1 ? p : undefined,
          })
        }
        label="Pages des résultats"
      />
    </section>
  );
}

/** The search form of the search page itself: the same words, and the kind of result chosen. */
export function SearchForm({
  action,
  query,
  kind,
  label,
}: {
  action: string;
  query: string;
  kind?: SearchKind;
  label: string;
}) {
  return (
    <SearchBox
      action={action}
      label={label}
      defaultValue={query}
      place="page"
      hidden={kind ? { type: KIND_CODES[kind] } : {}}
    />
  );
}

export function SearchPrompt({ links }: { links: Links }) {
  return (
    <EmptyState title="Saisissez un ou plusieurs mots dans le champ de recherche.">
      <p>
        La recherche porte sur les actions, les formations, les partenaires et les plateformes
        technologiques&#x202F;; les accents et les majuscules ne comptent pas. Exemples&nbsp;:{" "}
        <a href={withQuery(links.here("/recherche"), { q: "énergie" })}>énergie</a>,{" "}
        <a href={withQuery(links.here("/recherche"), { q: "métiers d'art" })}>métiers d’art</a>,{" "}
        <a href={withQuery(links.here("/recherche"), { q: "BTS" })}>BTS</a>.
      </p>
    </EmptyState>
  );
}
