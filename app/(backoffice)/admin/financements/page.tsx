import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber, formatYearRange } from "@/lib/text/format";
import { Notice } from "@/components/forms/notice";
import { requireCoordinator } from "@/lib/auth/guards";
import { listFundingsForAdmin } from "@/lib/fundings/backoffice-queries";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { RecordLink } from "@/components/admin/admin-table";
import { AdminListScreen } from "@/components/admin/list-screen";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Financements" };

export default async function FundingsPage({ searchParams }: PageProps<"/admin/financements">) {
  const user = await requireCoordinator();
  const [rows, sp] = await Promise.all([listFundingsForAdmin(user), searchParams]);
  return (
    <AdminListScreen
      title="Financements"
      create={{ href: "/admin/financements/nouveau", label: "Créer un financement" }}
      notice={
        sp.supprime ? (
          <Notice tone="success" title="Financement supprimé.">
            Il reste conservé dans le journal et peut être restauré depuis les{" "}
            <Link href="/admin/archives">archives</Link>.
          </Notice>
        ) : null
      }
      counted={plural("financement")}
      rows={rows}
      columns={[
        {
          header: "Objet",
          cell: (f) => (
            <>
              <RecordLink href={`/admin/financements/${f.id}`}>{f.purpose}</RecordLink>
              <span className="block text-muted">{FUNDING_KIND_LABELS[f.kind]}</span>
            </>
          ),
        },
        { header: "Financeur", cell: (f) => f.funder.name },
        {
          header: "Bénéficiaire",
          cell: (f) => [f.campus?.acronym, f.platform?.name, f.action?.title].filter(Boolean).join(" — "),
        },
        {
          header: "Montant",
          className: "whitespace-nowrap",
          cell: (f) =>
            `${f.amountEuros === null ? "—" : `${formatNumber(f.amountEuros)} €${f.amountBasis === "PER_YEAR" ? " par an" : ""}`}${f.isIndicative ? " (indicatif)" : ""}`,
        },
        { header: "Période", cell: (f) => formatYearRange(f.startYear, f.endYear) },
      ]}
      empty="Aucun financement enregistré pour l’instant."
    />
  );
}
