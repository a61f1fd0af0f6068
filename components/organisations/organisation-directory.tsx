import type { OrganisationDirectoryPage } from "@/lib/organisations/queries";
import { CampusFilter } from "@/components/campuses/campus-filter";
import type { CampusSummary } from "@/lib/campuses/queries";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KIND_PLURALS } from "@/lib/labels";
import { FilteredResults, NoResults } from "@/components/ui/filtered-results";
import { Highlight } from "@/components/ui/highlight";
import { CheckboxGroup, FilterPanel, KeywordField } from "@/components/ui/filter-panel";
import { CampusTags } from "@/components/campuses/campus-tag";
import { code, filterChips, hasFilters, pageHref, type FilterValues } from "@/components/filter-chips";
import { Pagination } from "@/components/ui/pagination";
import type { Links } from "@/components/links";

export function partnerFilterValues(f: { q?: string; kind: string[]; campus: string[] }): FilterValues {
  return { q: f.q ? [f.q] : [], kind: f.kind.map(code), campus: f.campus };
}

/** The partner directory by kind: filters, applied filters, count, one list per kind, pages. */
export function OrganisationDirectory({
  directory,
  kinds,
  campuses,
  values,
  links,
  path,
  query,
}: {
  directory: OrganisationDirectoryPage;
  kinds: OrganisationKind[];
  /** Campus filter options (hub only). */
  campuses?: CampusSummary[];
  values: FilterValues;
  links: Links;
  path: string;
  query?: string;
}) {
  const { groups, total } = directory;
  const hrefFor = pageHref(path, values);
  const describe = (key: string, value: string) =>
    key === "q"
      ? `Mots-clés\u00A0: «\u202F${value}\u202F»`
      : key === "kind"
        ? `Type\u00A0: ${ORGANISATION_KIND_LABELS[value.toUpperCase() as OrganisationKind] ?? value}`
        : `Campus\u00A0: ${campuses?.find((c) => c.slug === value)?.shortName ?? value}`;
  return (
    <FilteredResults
      form={
        <FilterPanel action={path} resetHref={path}>
          <KeywordField
            values={values}
            label="Nom ou mot-clé"
            hint="Par exemple&nbsp;: UIMM, lycée, Besançon"
          />
          <CheckboxGroup
            name="kind"
            legend="Type d’organisation"
            options={kinds.map((k) => ({ value: code(k), label: ORGANISATION_KIND_LABELS[k] }))}
            values={values.kind ?? []}
          />
          <CampusFilter campuses={campuses} values={values} />
        </FilterPanel>
      }
      count={{
        total,
        one: "organisation",
        many: "organisations",
        none: "Aucune organisation ne correspond à ces critères.",
      }}
      chips={filterChips(path, values, describe)}
      clearHref={path}
    >
      {directory.kinds.length > 1 ? (
        <nav aria-label="Types d’organisation" className="mb-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {directory.kinds.map((g) => (
              <li key={g.kind}>
                <a
                  href={`${g.firstPage === directory.page ? "" : hrefFor(g.firstPage)}#type-${code(g.kind)}`}
                >
                  {ORGANISATION_KIND_PLURALS[g.kind]} ({g.total})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.length === 0 ? (
        <NoResults
          title="Aucune organisation trouvée"
          filtered={hasFilters(values)}
          tryNext="Essayez un autre type, retirez un filtre ou cherchez un nom plus court (un sigle, par exemple)."
          all={{ href: path, label: "voir tout l’annuaire" }}
          nothing="Aucune organisation n'est publiée pour le moment."
        />
      ) : null}
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`type-${code(g.kind)}`} className="mb-8">
          <h3 id={`type-${code(g.kind)}`} className="mb-3 border-b border-line pb-1 text-xl font-bold">
            {ORGANISATION_KIND_PLURALS[g.kind]}
            {g.continued ? <span className="font-normal text-muted"> (suite)</span> : null}
          </h3>
          <ul className="divide-y divide-line">
            {g.organisations.map((o) => (
              <li
                key={o.id}
                className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4"
              >
                <div>
                  <a href={links.organisation(o.slug)} className="font-semibold">
                    <Highlight text={o.name} query={query} />
                  </a>
                  {o.acronym && o.acronym !== o.name ? (
                    <span className="text-muted"> ({o.acronym})</span>
                  ) : null}
                  {o.city ? <p className="text-sm text-muted">{o.city}</p> : null}
                </div>
                {links.campus ? null : <CampusTags campuses={o.campuses} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pagination
        page={directory.page}
        pageCount={directory.pageCount}
        hrefFor={hrefFor}
        label="Pages de l’annuaire des partenaires"
      />
    </FilteredResults>
  );
}
