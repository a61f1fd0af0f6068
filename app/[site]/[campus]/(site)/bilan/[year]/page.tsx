import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ActionCardList } from "@/components/actions/action-card";
import { code } from "@/components/filter-chips";
import { makeLinks } from "@/components/links";
import { getCampus, getCampusYearReport } from "@/lib/campuses/queries";
import { yearParam } from "@/lib/filters";
import { ACTION_STATUS_GROUP_LABELS } from "@/lib/labels";
import { describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { campusHref, campusUrl } from "@/lib/site/links";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ year: PRERENDER_PLACEHOLDER }];
}

async function load(params: PageProps<"/[site]/[campus]/bilan/[year]">["params"]) {
  const { campus: slug, year: rawYear } = await params;
  const year = yearParam.safeParse(rawYear);
  if (!year.success || String(year.data) !== rawYear) return null;
  const [campus, report] = await Promise.all([getCampus(slug), getCampusYearReport(slug, year.data)]);
  return campus && report ? { campus, report } : null;
}

export async function generateMetadata({
  params,
}: PageProps<"/[site]/[campus]/bilan/[year]">): Promise<Metadata> {
  const site = await currentSite();
  const data = await load(params);
  if (!data) return notFoundMetadata();
  const { campus, report } = data;
  return pageMetadata({
    page: `Bilan ${report.year}`,
    siteName: campus.shortName,
    description: describe(
      report.sections[0]?.body ||
        `Le bilan ${report.year} du ${campus.fullName}\u00A0: stratégie, gouvernance, actions, résultats et perspectives.`,
    ),
    canonical: campusUrl(site, campus.slug, `/bilan/${report.year}`),
    type: "article",
  });
}

export default async function CampusReportPage({ params }: PageProps<"/[site]/[campus]/bilan/[year]">) {
  const site = await currentSite();
  const data = await load(params);
  if (!data) notFound();
  const { campus, report } = data;
  const links = makeLinks(site, campus.slug);
  return (
    <Container>
      <Breadcrumbs
        items={[
          { href: campusHref(site, campus.slug), label: campus.shortName },
          { label: `Bilan ${report.year}` },
        ]}
      />
      <PageHeading
        eyebrow={campus.shortName}
        title={`Bilan ${report.year} du ${campus.shortName}`}
        lead={`Le rapport d’activité ${report.year} du campus et ses actions de l’année.`}
      />
      <nav aria-labelledby="sommaire" className="no-print mb-10 rounded-lg border border-line bg-subtle p-4">
        <h2 id="sommaire" className="mb-2 text-lg font-bold">
          Sommaire
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {report.sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#actions-de-l-annee">Les actions de {report.year}</a>
          </li>
        </ol>
      </nav>
      {report.sections.length === 0 ? (
        <EmptyState title={`Le bilan narratif ${report.year} de ce campus n’est pas encore rédigé.`} />
      ) : null}
      {report.sections.map((s) => (
        <Section key={s.key} id={s.key} title={s.title}>
          <Markdown>{s.body}</Markdown>
        </Section>
      ))}
      <Section id="actions-de-l-annee" title={`Les actions de ${report.year} (${report.actionCount})`}>
        {report.groups.map((g) => (
          <section key={g.status} aria-labelledby={`bilan-${code(g.status)}`} className="mt-6">
            <h3 id={`bilan-${code(g.status)}`} className="mb-3 text-xl font-bold">
              {ACTION_STATUS_GROUP_LABELS[g.status]} ({g.actions.length})
            </h3>
            {g.actions.length ? (
              <ActionCardList actions={g.actions} links={links} showCampuses={false} headingLevel={4} />
            ) : (
              <EmptyState
                title={`Aucune action ${ACTION_STATUS_GROUP_LABELS[g.status].replace(/^Actions /, "").toLowerCase()} en ${report.year}.`}
              />
            )}
          </section>
        ))}
      </Section>
    </Container>
  );
}
