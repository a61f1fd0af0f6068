/** A DO's dashboard: what waits for them on their campus (drafts, proposals, report sections). */
import Link from "next/link";
import type { CampusToDo, DashboardToDo } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/text/format";
import { formatCount, plural, pluralForm } from "@/lib/text/plural";

export function ReportDeadline({ report }: { report: DashboardToDo["report"] }) {
  if (report.isValidated) return <>Le rapport {report.year} est validé.</>;
  return report.deadline ? <>Date limite : {formatDate(report.deadline)}.</> : null;
}

export function DoToDo({ campus, report }: { campus: CampusToDo; report: DashboardToDo["report"] }) {
  const toWrite = campus.report.toWrite;
  const items: React.ReactNode[] = [];
  if (campus.drafts > 0)
    items.push(
      <>
        <Link href="/admin/actions?publication=draft">
          {formatCount(campus.drafts, plural("action en brouillon", "actions en brouillon"))}
        </Link>{" "}
        : {pluralForm(campus.drafts, { one: "invisible", other: "invisibles" })} du public tant que vous ne{" "}
        {pluralForm(campus.drafts, { one: "la publiez", other: "les publiez" })} pas.
      </>,
    );
  if (campus.proposals > 0)
    items.push(
      <>
        {formatCount(campus.proposals, plural("organisation proposée", "organisations proposées"))} en attente
        de validation par la coordination régionale.
      </>,
    );
  if (toWrite.length > 0)
    items.push(
      <>
        <Link href={`/admin/rapport/${report.year}/campus/${campus.slug}`}>
          Rapport {report.year} :{" "}
          {formatCount(toWrite.length, plural("section à rédiger", "sections à rédiger"))}
        </Link>{" "}
        ({toWrite.join(", ")}). <ReportDeadline report={report} />
      </>,
    );
  return (
    <section aria-labelledby="titre-a-faire" className="mb-8 rounded border-l-4 border-accent bg-subtle p-4">
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
        <p>Rien ne vous attend : pas de brouillon, pas de proposition en attente, rapport à jour.</p>
      )}
    </section>
  );
}
