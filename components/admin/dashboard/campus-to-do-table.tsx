/** The coordinator's dashboard: what waits on each campus, one row per campus. */
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import type { DashboardToDo } from "@/lib/dashboard/queries";
import { ReportDeadline } from "./do-to-do";

export function CampusToDoTable({ toDo }: { toDo: DashboardToDo }) {
  const { report } = toDo;
  return (
    <section aria-labelledby="titre-a-faire" className="mb-8">
      <h2 id="titre-a-faire" className="mb-1 text-xl font-bold">
        À faire, par campus
      </h2>
      <p className="mb-3 text-muted">
        Rapport {report.year}. <ReportDeadline report={report} />
      </p>
      <AdminTable
        caption="Brouillons d'actions, organisations proposées en attente de validation et sections du rapport à rédiger"
        captionHidden
        rows={toDo.campuses}
        rowKey={(c) => c.slug}
        columns={[
          {
            header: "Campus",
            cell: (c) => (
              <Link href={`/admin/actions?campus=${c.slug}&publication=draft`}>{c.shortName}</Link>
            ),
          },
          { header: "Brouillons", cell: (c) => c.drafts, className: "tabular-nums" },
          {
            header: "Propositions en attente",
            cell: (c) =>
              c.proposals > 0 ? <Link href="/admin/organisations?publication=draft">{c.proposals}</Link> : 0,
            className: "tabular-nums",
          },
          {
            header: "Sections du rapport à rédiger",
            cell: (c) =>
              report.isValidated ? (
                "Rapport validé"
              ) : (
                <Link href={`/admin/rapport/${report.year}/campus/${c.slug}`}>
                  {c.report.total - c.report.written} sur {c.report.total}
                </Link>
              ),
          },
        ]}
      />
    </section>
  );
}
