import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationTag } from "@/components/admin/tags";
import { ButtonLink } from "@/components/ui/button-link";
import { requireCoordinator } from "@/lib/auth/guards";
import { listPlatformsForAdmin } from "@/lib/platforms/backoffice-queries";
import { AdminTable } from "@/components/admin/admin-table";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Plateformes technologiques" };

export default async function PlatformsPage() {
  const user = await requireCoordinator();
  const rows = await listPlatformsForAdmin(user);
  return (
    <>
      <AdminPageHeader
        title={
          <>
            Plateformes technologiques (<abbr title="Plateformes technologiques">PFT</abbr>)
          </>
        }
        actions={<ButtonLink href="/admin/plateformes/nouvelle">Créer une plateforme</ButtonLink>}
      />
      <AdminTable
        caption={formatCount(rows.length, plural("plateforme"))}
        rows={rows}
        rowKey={(p) => p.id}
        columns={[
          {
            header: "Nom",
            cell: (p) => (
              <>
                <Link href={`/admin/plateformes/${p.id}`} className="font-semibold">
                  {p.name}
                </Link>
                {p.acronym && p.acronym !== p.name ? ` (${p.acronym})` : ""}
              </>
            ),
          },
          { header: "Commune", cell: (p) => p.commune },
          { header: "Campus", cell: (p) => p.campuses.map((c) => c.campus.acronym).join(", ") },
          {
            header: "Labellisée",
            cell: (p) => (p.isLabelled === null ? "Non précisé" : p.isLabelled ? "Oui" : "Non"),
          },
          { header: "Publication", cell: (p) => <PublicationTag publication={p.publication} /> },
        ]}
        empty="Aucune plateforme technologique pour l’instant."
      />
    </>
  );
}
