/**
 * An action laid out as its public page, from a DTO: what a DO checks before
 * publishing a draft. Organisations still waiting for validation are shown
 * but flagged (the public page leaves them out).
 */
import { Markdown } from "@/components/markdown";
import { ACTION_STATUS_LABELS, AUDIENCE_LABELS } from "@/lib/labels";
import { formatPeriod, parsePartialDate } from "@/lib/dates/partial-date";
import type { ActionPreview as ActionPreviewDto } from "@/lib/actions/backoffice-queries";
import { formatNumber } from "./format";

export function ActionPreview({ action }: { action: ActionPreviewDto }) {
  const lead = action.campuses.find((c) => c.isLead) ?? action.campuses[0];
  const period = formatPeriod(action.start ? parsePartialDate(action.start) : null, action.end ? parsePartialDate(action.end) : null);
  return (
    <article className="rounded border border-line bg-surface p-6" style={lead ? ({ "--site-accent": lead.color } as React.CSSProperties) : undefined}>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{lead ? lead.name : "Action"}</p>
      <h2 className="mt-1 text-3xl font-bold leading-tight">{action.title}</h2>
      <p className="mt-3 max-w-prose text-lg text-muted">{action.summary}</p>
      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Statut</dt>
        <dd>{ACTION_STATUS_LABELS[action.status]}</dd>
        {period ? (
          <>
            <dt className="font-semibold">Dates</dt>
            <dd>{period.charAt(0).toUpperCase() + period.slice(1)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{action.campuses.length > 1 ? "Campus porteurs" : "Campus porteur"}</dt>
        <dd>
          <ul>
            {action.campuses.map((c) => (
              <li key={c.slug}>
                {c.name}
                {c.isLead && action.campuses.length > 1 ? " (chef de file)" : ""}
                {c.axis ? ` — axe « ${c.axis} »` : ""}
              </li>
            ))}
          </ul>
        </dd>
        {action.audiences.length ? (
          <>
            <dt className="font-semibold">Publics</dt>
            <dd>{action.audiences.map((a) => AUDIENCE_LABELS[a as keyof typeof AUDIENCE_LABELS] ?? a).join(", ")}</dd>
          </>
        ) : null}
        {action.beneficiaries.length ? (
          <>
            <dt className="font-semibold">Bénéficiaires</dt>
            <dd>
              <ul>
                {action.beneficiaries.map((b, i) => (
                  <li key={i}>
                    {formatNumber(b.count)} {b.unit}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {action.partners.length ? (
          <>
            <dt className="font-semibold">Partenaires</dt>
            <dd>
              <ul>
                {action.partners.map((p) => (
                  <li key={p.name}>
                    {p.name}
                    {p.role ? ` — ${p.role}` : ""}
                    {p.isDraft ? <span className="text-warning"> (en attente de validation : non affiché au public)</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {action.reportYears.length ? (
          <>
            <dt className="font-semibold">Rapport d&apos;activité</dt>
            <dd>{action.reportYears.join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {action.body ? <Markdown className="mt-8">{action.body}</Markdown> : null}
      {action.formations.length || action.platforms.length ? (
        <section className="mt-8">
          <h3 className="text-xl font-bold">Formations et plateformes liées</h3>
          <ul className="mt-2 list-disc pl-6">
            {action.formations.map((f) => (
              <li key={f.title}>{f.title}</li>
            ))}
            {action.platforms.map((p) => (
              <li key={p.name}>{p.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {action.links.length ? (
        <section className="mt-8">
          <h3 className="text-xl font-bold">Pour en savoir plus</h3>
          <ul className="mt-2 list-disc pl-6">
            {action.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noopener noreferrer">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
