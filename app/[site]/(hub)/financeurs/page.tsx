import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { FundingAmount, FundingPeriod } from "@/components/fundings/funding-amount";
import { makeLinks } from "@/components/links";
import { getFundingOverview } from "@/lib/fundings/queries";
import { getOrganisationLogosBySlug } from "@/lib/media/queries";
import { Logo } from "@/components/media/logo";
import { formatEuros } from "@/lib/text/format";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { currentSite } from "@/lib/site/current";
import { fr } from "@/lib/text/typography";
import { formatCount } from "@/lib/text/plural";

export const generateMetadata = hubPageMetadata({
  name: "Financeurs",
  path: "/financeurs",
  description:
    "Qui finance les Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté, pour quoi, et combien chaque année.",
});

export default async function FundersPage() {
  const site = await currentSite();
  const overview = await getFundingOverview();
  const logos = await getOrganisationLogosBySlug(overview.funders.map((f) => f.slug));
  const links = makeLinks(site, null);
  const hasMultiYear = overview.multiYearTotal > 0;
  // Only what has an amount goes in the table: no row or column of dashes.
  const years = overview.years.filter((y) => (overview.totalsByYear[y] ?? 0) > 0);
  const withAmounts = overview.funders.filter(
    (f) => f.multiYearTotal > 0 || years.some((y) => (f.byYear[y] ?? 0) > 0),
  );
  const hasIndicative = overview.funders.some((f) => f.rows.some((r) => r.isIndicative));
  return (
    <HubPage
      site={site}
      crumb="Financeurs"
      title="Les financeurs des campus"
      lead="Qui finance les campus, pour quoi, et les montants connus année par année."
    >
      {overview.funders.length === 0 ? (
        <EmptyState title="Aucun financement n’est publié pour le moment." />
      ) : (
        <>
          {withAmounts.length ? (
            <Section id="montants-par-annee" title="Montants par année">
              <Table
                id="table-montants"
                caption="Montants attribuables à chaque année, par financeur (en euros)"
              >
                <thead>
                  <tr>
                    <th scope="col">Financeur</th>
                    {years.map((y) => (
                      <th key={y} scope="col" className="text-right">
                        {y}
                      </th>
                    ))}
                    {hasMultiYear ? (
                      <th scope="col" className="text-right">
                        Sur plusieurs années
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {withAmounts.map((f) => (
                    <tr key={f.slug}>
                      <th scope="row">
                        <a href={links.organisation(f.slug)}>{fr(f.name)}</a>
                      </th>
                      {years.map((y) => (
                        <td key={y} className="whitespace-nowrap text-right">
                          {f.byYear[y] ? formatEuros(f.byYear[y]) : <NoAmount />}
                        </td>
                      ))}
                      {hasMultiYear ? (
                        <td className="whitespace-nowrap text-right">
                          {f.multiYearTotal ? formatEuros(f.multiYearTotal) : <NoAmount />}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total des montants connus</th>
                    {years.map((y) => (
                      <td key={y} className="whitespace-nowrap text-right">
                        {formatEuros(overview.totalsByYear[y] ?? 0)}
                      </td>
                    ))}
                    {hasMultiYear ? (
                      <td className="whitespace-nowrap text-right">{formatEuros(overview.multiYearTotal)}</td>
                    ) : null}
                  </tr>
                </tfoot>
              </Table>
              <p className="mt-3 max-w-prose text-sm text-muted">
                {fr("«\u202F—\u202F»\u00A0: pas de montant connu pour cette année.")}{" "}
                {withAmounts.length < overview.funders.length
                  ? fr(
                      `${formatCount(overview.funders.length - withAmounts.length, { one: "autre financeur apporte", other: "autres financeurs apportent" })} des financements sans montant connu (postes, contributions en nature)\u00A0: ils sont détaillés ci-dessous.`,
                    )
                  : "Le détail de chaque financement suit."}
                {hasIndicative
                  ? fr(" Certains montants sont donnés a priori\u00A0: ils sont signalés comme tels.")
                  : ""}
              </p>
            </Section>
          ) : null}
          <Section id="qui-finance-quoi" title="Qui finance quoi">
            <ul className="flex flex-col gap-8">
              {overview.funders.map((f) => (
                <li key={f.slug}>
                  <Logo image={logos[f.slug]} size="small" className="mb-2" />
                  <h3 className="mb-2 text-xl font-bold">
                    <a href={links.organisation(f.slug)}>{fr(f.name)}</a>
                  </h3>
                  <ul className="flex flex-col gap-3">
                    {f.rows.map((r, i) => (
                      <li key={i} className="max-w-prose border-l-4 border-accent pl-4">
                        <p className="font-semibold">
                          {FUNDING_KIND_LABELS[r.kind]} — <FundingAmount {...r} /> — <FundingPeriod {...r} />
                        </p>
                        <p className="text-sm">
                          Pour&nbsp;:{" "}
                          {[
                            r.campus ? (
                              <a key="c" href={links.campusPage(r.campus.slug)}>
                                {r.campus.shortName}
                              </a>
                            ) : null,
                            r.platform ? (
                              <a key="p" href={links.platform(r.platform.slug)}>
                                {fr(r.platform.name)}
                              </a>
                            ) : null,
                            r.action ? (
                              <a
                                key="a"
                                href={links.campusPage(r.action.campus.slug, `/actions/${r.action.slug}`)}
                              >
                                {fr(r.action.title)}
                              </a>
                            ) : null,
                          ]
                            .filter(Boolean)
                            .flatMap((el, j) => (j ? [" · ", el] : [el]))}
                          {!r.campus && !r.platform && !r.action ? "les campus de la région" : null}
                        </p>
                        <p className="text-sm text-muted">{fr(r.purpose)}</p>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </HubPage>
  );
}

/** An empty cell: a dash to the eye, words to a screen reader. */
function NoAmount() {
  return (
    <span className="text-muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">aucun montant connu</span>
    </span>
  );
}
