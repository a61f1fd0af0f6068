import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EmptyList } from "@/components/admin/empty-list";
import { buttonClass } from "@/components/forms/button-styles";
import { Notice } from "@/components/forms/notice";
import { requireCoordinator } from "@/lib/auth/guards";
import { listMeetingsForAdmin } from "@/lib/governance/backoffice-queries";
import { formatPartialDate } from "@/lib/dates/partial-date";

export const metadata: Metadata = { title: "Gouvernance" };

export default async function GovernancePage({ searchParams }: PageProps<"/admin/gouvernance">) {
  const user = await requireCoordinator();
  const [rows, sp] = await Promise.all([listMeetingsForAdmin(user), searchParams]);
  return (
    <>
      <AdminPageHeader
        title="Réunions de gouvernance"
        lead="Comités de pilotage, conseils de perfectionnement, assemblées générales et commissions du CREFOP."
        actions={
          <Link href="/admin/gouvernance/nouvelle" className={buttonClass("primary")}>
            Créer une réunion
          </Link>
        }
      />
      {sp.supprime ? (
        <Notice tone="success" title="Réunion supprimée.">
          Elle reste conservée dans le journal et peut être restaurée depuis les{" "}
          <Link href="/admin/archives">archives</Link>.
        </Notice>
      ) : null}
      {rows.length === 0 ? (
        <EmptyList>Aucune réunion enregistrée pour l&apos;instant.</EmptyList>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{rows.length} réunions</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  Réunion
                </th>
                <th scope="col" className="p-2">
                  Instance
                </th>
                <th scope="col" className="p-2">
                  Date
                </th>
                <th scope="col" className="p-2">
                  Lieu
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} className="border-b border-line align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/admin/gouvernance/${m.id}`} className="font-semibold">
                      {m.title}
                    </Link>
                  </th>
                  <td className="p-2">
                    {m.instance.name}
                    {m.campus ? ` (${m.campus.acronym})` : ""}
                  </td>
                  <td className="p-2">{formatPartialDate(m.date, m.datePrecision)}</td>
                  <td className="p-2">{m.city}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
