import type { ActionDetail as ActionDetailDto } from "@/lib/actions/queries";
import type { CampusSlug } from "@/lib/site/campuses";
import { AUDIENCE_LABELS, DIPLOMA_LABELS, FUNDING_KIND_LABELS } from "@/lib/labels";
import { formatBeneficiary } from "@/lib/actions/beneficiaries";
import { publicSource } from "@/lib/text/source";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { StatusTag } from "@/components/ui/status-tag";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { FundingAmount, FundingPeriod } from "@/components/fundings/funding-amount";
import type { Links } from "@/components/links";
import type { ActionMedia } from "@/lib/media/queries";
import { ActionGalleryAndDocuments, ActionLeadImage } from "@/components/media/action-media";
import { fr } from "@/lib/text/typography";

/** An action's page on a campus sub-site: status as a word, dates, publics, partners and everything linked. */
export function ActionDetail({
  action: a,
  campus,
  links,
  breadcrumbs,
  media,
}: {
  action: ActionDetailDto;
  campus: CampusSlug;
  links: Links;
  breadcrumbs: Crumb[];
  /** Its uploaded images and documents (lib/media). */
  media?: ActionMedia;
}) {
  const axes = a.axes.filter((x) => x.campus === campus);
  return (
    <Container>
      <Breadcrumbs items={breadcrumbs} />
      <article>
        <PageHeading eyebrow="Action" title={a.title} lead={a.summary} />
        <ActionLeadImage media={media} />
        <SummaryList
          className="mb-8 max-w-3xl"
          items={[
            { label: "Statut", value: <StatusTag status={a.status} /> },
            { label: "Dates", value: a.period },
            {
              label: a.campuses.length > 1 ? "Campus porteurs" : "Campus",
              value: (
                <ul>
                  {a.campuses.map((c) => (
                    <li key={c.slug}>
                      <a href={links.campusPage(c.slug)}>{c.fullName}</a>
                      {a.campuses.length > 1 && c.isLead ? " (chef de file)" : ""}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              label: axes.length > 1 ? "Axes" : "Axe",
              value: axes.length ? axes.map((x) => x.title).join(" ; ") : null,
            },
            {
              label: "Publics",
              value: a.audiences.length ? a.audiences.map((x) => AUDIENCE_LABELS[x]).join(", ") : null,
            },
            {
              label: "Bénéficiaires",
              value: a.beneficiaries.length ? (
                <ul>
                  {a.beneficiaries.map((b, i) => (
                    <li key={i}>{fr(formatBeneficiary(b))}</li>
                  ))}
                </ul>
              ) : null,
            },
            {
              label: "Partenaires",
              value: a.partners.length ? (
                <ul>
                  {a.partners.map((p) => (
                    <li key={p.slug}>
                      <a href={links.organisation(p.slug)}>{fr(p.name)}</a>
                      {p.role && p.role !== p.name ? (
                        <span className="text-muted"> — {fr(p.role)}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null,
            },
            {
              label: "Formations liées",
              value: a.formations.length ? (
                <ul>
                  {a.formations.map((f) => (
                    <li key={f.slug}>
                      <a href={links.formation(f.slug)}>{fr(f.title)}</a>{" "}
                      <span className="text-muted">({DIPLOMA_LABELS[f.diploma]})</span>
                    </li>
                  ))}
                </ul>
              ) : null,
            },
            {
              label: <abbr title="Plateformes technologiques">PFT</abbr>,
              value: a.platforms.length ? (
                <ul>
                  {a.platforms.map((p) => (
                    <li key={p.slug}>
                      <a href={links.platform(p.slug)}>{fr(p.name)}</a>
                    </li>
                  ))}
                </ul>
              ) : null,
            },
            {
              label: "Financements",
              value: a.fundings.length ? (
                <ul>
                  {a.fundings.map((f, i) => (
                    <li key={i}>
                      <a href={links.organisation(f.funder.slug)}>{fr(f.funder.name)}</a>&nbsp;:{" "}
                      {FUNDING_KIND_LABELS[f.kind].toLowerCase()}, <FundingAmount {...f} />,{" "}
                      <FundingPeriod {...f} />
                    </li>
                  ))}
                </ul>
              ) : null,
            },
            { label: "Rapport d’activité", value: a.reportYears.length ? a.reportYears.join(", ") : null },
          ]}
        />
        {a.body.trim() ? (
          <Section id="description" title="Description">
            <Markdown>{a.body}</Markdown>
          </Section>
        ) : null}
        <ActionGalleryAndDocuments media={media} />
        {a.links.length ? (
          <Section id="liens" title="Pour en savoir plus">
            <ul className="list-disc space-y-1 pl-6">
              {a.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="external noopener">
                    {fr(l.label)}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {publicSource(a.source) ? (
          <p className="mt-8 text-sm text-muted">Source&nbsp;: {publicSource(a.source)}</p>
        ) : null}
        <p className="no-print mt-10">
          <a href={links.here("/actions")}>Voir toutes les actions du campus</a>
        </p>
      </article>
    </Container>
  );
}
