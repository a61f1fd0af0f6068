import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/forms/notice";
import { requireCoordinator } from "@/lib/auth/guards";
import { listMeetingsForAdmin } from "@/lib/governance/backoffice-queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { RecordLink } from "@/components/admin/admin-table";
import { AdminListScreen } from "@/components/admin/list-screen";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Gouvernance" };

export default async function GovernancePage({ searchParams }: PageProps<"/admin/gouvernance">) {
  const user = await requireCoordinator();
  const [rows, sp] = await Promise.all([listMeetingsForAdmin(user), searchParams]);
  return (
    <AdminListScreen
      title="Réunions de gouvernance"
      lead="Comités de pilotage, conseils de perfectionnement, assemblées générales et commissions du CREFOP."
      create={{ href: "/admin/gouvernance/nouvelle", label: "Créer une réunion" }}
      notice={
        sp.supprime ? (
          <Notice tone="success" title="Réunion supprimée.">
            Elle reste conservée dans le journal et peut être restaurée depuis les{" "}
            <Link href="/admin/archives">archives</Link>.
          </Notice>
        ) : null
      }
      counted={plural("réunion")}
      rows={rows}
      columns={[
        {
          header: "Réunion",
          cell: (m) => <RecordLink href={`/admin/gouvernance/${m.id}`}>{m.title}</RecordLink>,
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
  );
}
