/** The coordinator's dashboard: what waits on each campus, and each campus's chapter of the current campaign. */
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import type { DashboardToDo } from "@/lib/dashboard/queries";
import { CampaignDeadline } from "./report-progress";
import { formatCount } from "@/lib/text/plural";

export function CampusToDoTable({ toDo }: { toDo: DashboardToDo }) {
  const { report } = toDo;
  const chapter = (slug: string) => `/admin/rapport/${report.year}/campus/${slug}`;
  const submitted = toDo.campuses.reduce((n, c) => n + c.report.states.SUBMITTED, 0);
  return (
    <>
      <section aria-labelledby="titre-a-faire" className="mb-8">
        <h2 id="titre-a-faire" className="mb-3 text-xl font-bold">
          À faire, par campus
        </h2>
        <AdminTable
          caption="Brouillons d’actions et organisations proposées en attente de validation, par campus"
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
                c.proposals > 0 ? (
                  <Link href="/admin/organisations?publication=draft">{c.proposals}</Link>
                ) : (
                  0
                ),
              className: "tabular-nums",
            },
          ]}
        />
      </section>
      <section aria-labelledby="titre-rapport" className="mb-8">
        <h2 id="titre-rapport" className="mb-1 text-xl font-bold">
          Rapport annuel {report.year}
        </h2>
        {!report.opened ? (
          <p className="mb-3">
            La campagne {report.year} n’est pas ouverte.{" "}
            <Link href={`/admin/rapport?annee=${report.year}`}>Ouvrir la campagne {report.year}</Link>
          </p>
        ) : (
          <>
            <div className="mb-3">
              <CampaignDeadline report={report} />
              <p className="mt-1">
                {submitted > 0
                  ? `${formatCount(submitted, { one: "section soumise attend", other: "sections soumises attendent" })} votre validation. `
                  : "Aucune section n’attend votre validation. "}
                <Link href={`/admin/rapport?annee=${report.year}`}>Suivre la campagne {report.year}</Link>
              </p>
            </div>
            <AdminTable
              caption={`Sections du rapport ${report.year} par état, pour chaque campus`}
              captionHidden
              rows={toDo.campuses}
              rowKey={(c) => c.slug}
              columns={[
                {
                  header: "Campus",
                  cell: (c) => <Link href={chapter(c.slug)}>{c.shortName}</Link>,
                },
                { header: "À rédiger", cell: (c) => c.report.states.TO_WRITE, className: "tabular-nums" },
                { header: "En cours", cell: (c) => c.report.states.IN_PROGRESS, className: "tabular-nums" },
                { header: "Soumises", cell: (c) => c.report.states.SUBMITTED, className: "tabular-nums" },
                { header: "Validées", cell: (c) => c.report.states.VALIDATED, className: "tabular-nums" },
              ]}
            />
          </>
        )}
      </section>
    </>
  );
}
