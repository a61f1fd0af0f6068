/**
 * How complete each campus's part of the year's report is: sections
 * written, the year's actions by status, and the actions to complete
 * (no dates, no beneficiaries, no partners, still drafts).
 */
import Link from "next/link";
import type { ActionRef, CampusProgress } from "@/lib/report/queries";
import { statusCount } from "@/lib/report/format";
import { formatDate } from "@/lib/text/format";
import { CAMPUS_SECTION_KEYS } from "@/lib/report/sections";
import { formatCount, plural } from "@/lib/text/plural";
import { SectionStateTag, stateSummary } from "@/components/admin/dashboard/report-progress";

function ActionList({ label, actions }: { label: string; actions: ActionRef[] }) {
  if (actions.length === 0) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer">
        {label}&nbsp;: {actions.length}
      </summary>
      <ul className="mt-1 list-disc pl-6">
        {actions.map((a) => (
          <li key={a.id}>
            <Link href={`/admin/actions/${a.id}`}>{a.title}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function CampusCompleteness({
  campus,
  year,
  frozen,
}: {
  campus: CampusProgress;
  year: number;
  frozen: boolean;
}) {
  const missing = campus.sections.filter((s) => !s.written);
  const complete = campus.sectionsWritten === CAMPUS_SECTION_KEYS.length;
  return (
    <section aria-labelledby={`completude-${campus.slug}`} className="rounded border border-line p-4">
      <h3 id={`completude-${campus.slug}`} className="text-lg font-bold">
        {campus.shortName}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Bilan</dt>
        <dd>
          <span
            className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${complete ? "border-success bg-success-tint text-success" : "border-warning bg-warning-tint text-warning"}`}
          >
            {formatCount(campus.sectionsWritten, plural("section rédigée", "sections rédigées"))} sur{" "}
            {CAMPUS_SECTION_KEYS.length}
          </span>
          <span className="mt-1 block text-sm text-muted">{stateSummary(campus.states)}</span>
          {missing.length ? (
            <span className="block text-sm text-muted">
              À rédiger&nbsp;: {missing.map((s) => s.label.toLowerCase()).join(", ")}
            </span>
          ) : null}
          <details className="mt-1">
            <summary className="cursor-pointer">État de chaque section</summary>
            <ul className="mt-1 divide-y divide-line">
              {campus.sections.map((s) => (
                <li key={s.key} className="flex flex-wrap items-center justify-between gap-2 py-1">
                  <span>{s.label}</span>
                  <SectionStateTag state={s.state} />
                </li>
              ))}
            </ul>
          </details>
          {campus.updatedAt ? (
            <span className="block text-sm text-muted">
              Modifié le {formatDate(campus.updatedAt)}
              {campus.updatedBy ? ` par ${campus.updatedBy}` : ""}
            </span>
          ) : null}
        </dd>
        <dt className="font-semibold">Actions {year}</dt>
        <dd>
          {formatCount(campus.actions.total, plural("publiée"))}&nbsp;:{" "}
          {campus.actions.byStatus.map((s) => statusCount(s.count, s.status)).join(", ")}
        </dd>
        <dt className="font-semibold">À compléter</dt>
        <dd>
          {campus.actions.missingDates.length +
            campus.actions.missingBeneficiaries.length +
            campus.actions.missingPartners.length +
            campus.actions.drafts.length ===
          0 ? (
            "Rien\u00A0: toutes les actions ont leurs dates, bénéficiaires et partenaires."
          ) : (
            <>
              <ActionList label="Actions sans date" actions={campus.actions.missingDates} />
              <ActionList
                label="Actions sans bénéficiaires chiffrés"
                actions={campus.actions.missingBeneficiaries}
              />
              <ActionList label="Actions sans partenaire" actions={campus.actions.missingPartners} />
              <ActionList
                label="Actions en brouillon (absentes du rapport)"
                actions={campus.actions.drafts}
              />
            </>
          )}
        </dd>
      </dl>
      <p className="mt-3">
        <Link href={`/admin/rapport/${year}/campus/${campus.slug}`}>
          {frozen
            ? `Lire le bilan ${year} du CMQ ${campus.acronym}`
            : `Rédiger le bilan ${year} du CMQ ${campus.acronym}`}
        </Link>
      </p>
    </section>
  );
}
