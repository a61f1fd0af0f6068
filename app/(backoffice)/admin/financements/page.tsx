import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EmptyList } from "@/components/admin/empty-list";
import { formatNumber, formatYearRange } from "@/lib/text/format";
import { buttonClass } from "@/components/forms/button-styles";
import { Notice } from "@/components/forms/notice";
import { requireCoordinator } from "@/lib/auth/guards";
import { listFundingsForAdmin } from "@/lib/fundings/backoffice-queries";
import { FUNDING_KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "Financements" };

export default async function FundingsPage({ searchParams }: PageProps<"/admin/financements">) {
  const user = await requireCoordinator();
  const [rows, sp] = await Promise.all([listFundingsForAdmin(user), searchParams]);
  return (
    <>
      <AdminPageHeader
        title="Financements"
        actions={
          <Link href="/admin/financements/nouveau" className={buttonClass("primary")}>
            Créer un financement
          </Link>
        }
      />
      {sp.supprime ? (
        <Notice tone="success" title="Financement supprimé.">
          Il reste conservé dans le journal et peut être restauré depuis les{" "}
          <Link href="/admin/archives">archives</Link>.
        </Notice>
      ) : null}
      {rows.length === 0 ? (
        <EmptyList>Aucun financement enregistré pour l&apos;instant.</EmptyList>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{rows.length} financements</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  Objet
                </th>
                <th scope="col" className="p-2">
                  Financeur
                </th>
                <th scope="col" className="p-2">
                  Bénéficiaire
                </th>
                <th scope="col" className="p-2">
                  Montant
                </th>
                <th scope="col" className="p-2">
                  Période
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} className="border-b border-line align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/admin/financements/${f.id}`} className="font-semibold">
                      {f.purpose}
                    </Link>
                    <span className="block text-muted">{FUNDING_KIND_LABELS[f.kind]}</span>
                  </th>
                  <td className="p-2">{f.funder.name}</td>
                  <td className="p-2">
                    {[f.campus?.acronym, f.platform?.name, f.action?.title].filter(Boolean).join(" — ")}
                  </td>
                  <td className="p-2 whitespace-nowrap">
                    {f.amountEuros === null
                      ? "—"
                      : `${formatNumber(f.amountEuros)} €${f.amountBasis === "PER_YEAR" ? " par an" : ""}`}
                    {f.isIndicative ? " (indicatif)" : ""}
                  </td>
                  <td className="p-2">{formatYearRange(f.startYear, f.endYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
