/** A DO's dashboard: what waits for them on their campus (drafts, proposals) and their chapter's progress. */
import Link from "next/link";
import type { CampusToDo, DashboardToDo } from "@/lib/dashboard/queries";
import { formatCount, plural, pluralForm } from "@/lib/text/plural";
import { CampaignDeadline, SectionStateTag, stateSummary } from "./report-progress";

export function DoToDo({ campus, report }: { campus: CampusToDo; report: DashboardToDo["report"] }) {
  const items: React.ReactNode[] = [];
  if (campus.drafts > 0)
    items.push(
      <>
        <Link href="/admin/actions?publication=draft">
          {formatCount(campus.drafts, plural("action en brouillon", "actions en brouillon"))}
        </Link>
        &nbsp;: {pluralForm(campus.drafts, { one: "invisible", other: "invisibles" })} du public tant que vous
        ne {pluralForm(campus.drafts, { one: "la publiez", other: "les publiez" })} pas.
      </>,
    );
  if (campus.proposals > 0)
    items.push(
      <>
        {formatCount(campus.proposals, plural("organisation proposée", "organisations proposées"))} en attente
        de validation par la coordination régionale.
      </>,
    );
  return (
    <>
      <section
        aria-labelledby="titre-a-faire"
        className="mb-8 rounded border-l-4 border-accent bg-subtle p-4"
      >
        <h2 id="titre-a-faire" className="mb-3 text-xl font-bold">
          À faire
        </h2>
        {items.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : (
          <p>Pas de brouillon ni de proposition en attente.</p>
        )}
      </section>
      <ChapterProgress campus={campus} report={report} />
    </>
  );
}

/** The DO's chapter of the current campaign, section by section, with the deadline. */
function ChapterProgress({ campus, report }: { campus: CampusToDo; report: DashboardToDo["report"] }) {
  const href = `/admin/rapport/${report.year}/campus/${campus.slug}`;
  return (
    <section aria-labelledby="titre-rapport" className="mb-8 rounded border border-line p-4">
      <h2 id="titre-rapport" className="mb-2 text-xl font-bold">
        Rapport annuel {report.year}
      </h2>
      {!report.opened ? (
        <p>
          La campagne {report.year} n’est pas encore ouverte&nbsp;: la coordination régionale l’ouvrira et
          fixera sa date limite.
        </p>
      ) : (
        <>
          <CampaignDeadline report={report} />
          <p className="mt-1">
            Votre bilan&nbsp;: {stateSummary(campus.report.states)} (sur{" "}
            {formatCount(campus.report.total, plural("section"))}).
          </p>
          <ul aria-label={`Sections du bilan ${report.year}`} className="mt-3 divide-y divide-line">
            {campus.report.sections.map((s) => (
              <li key={s.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>{s.label}</span>
                <SectionStateTag state={s.state} />
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href={href}>
              {report.isValidated ? `Lire le bilan ${report.year}` : `Rédiger le bilan ${report.year}`}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
