import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/forms/notice";
import { requireCoordinator } from "@/lib/auth/guards";
import { listMeetingsForAdmin } from "@/lib/governance/backoffice-queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { AdminTable } from "@/components/admin/admin-table";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Gouvernance" };

export default async function GovernancePage({ searchParams }: PageProps<"/admin/gouvernance">) {
  const user = await requireCoordinator();
  const [rows, sp] = await Promise.all([listMeetingsForAdmin(user), searchParams]);
  return (
    <>
      <AdminPageHeader
        title="Réunions de gouvernance"
        lead="Comités de pilotage, conseils de perfectionnement, assemblées générales et commissions du CREFOP."
        actions={<ButtonLink href="/admin/gouvernance/nouvelle">Créer une réunion</ButtonLink>}
      />
      {sp.supprime ? (
        <Notice tone="success" title="Réunion supprimée.">
          Elle reste conservée dans le journal et peut être restaurée depuis les{" "}
          <Link href="/admin/archives">archives</Link>.
        </Notice>
      ) : null}
      <AdminTable
        caption={formatCount(rows.length, plural("réunion"))}
        rows={rows}
        rowKey={(m) => m.id}
        columns={[
          {
            header: "Réunion",
            cell: (m) => (
              <Link href={`/admin/gouvernance/${m.id}`} className="font-semibold">
                {m.title}
              </Link>
            ),
          },
          {
            header: "Instance",
            cell: (m) => `${m.instance.name}${m.campus ? ` (${m.campus.acronym})` : ""}`,
          },
          { header: "Date", cell: (m) => formatPartialDate(m.date, m.datePrecision) },
          { header: "Lieu", cell: (m) => m.city },
        ]}
        empty="Aucune réunion enregistrée pour l’instant."
      />
    </>
  );
}
