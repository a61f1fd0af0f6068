import type { Metadata } from "next";
import { PublicationTag } from "@/components/admin/tags";
import { requireCoordinator } from "@/lib/auth/guards";
import { listPlatformsForAdmin } from "@/lib/platforms/backoffice-queries";
import { RecordLink } from "@/components/admin/admin-table";
import { AdminListScreen } from "@/components/admin/list-screen";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Plateformes technologiques" };

export default async function PlatformsPage() {
  const user = await requireCoordinator();
  const rows = await listPlatformsForAdmin(user);
  return (
    <AdminListScreen
      title={
        <>
          Plateformes technologiques (<abbr title="Plateformes technologiques">PFT</abbr>)
        </>
      }
      create={{ href: "/admin/plateformes/nouvelle", label: "Créer une plateforme" }}
      counted={plural("plateforme")}
      rows={rows}
      columns={[
        {
          header: "Nom",
          cell: (p) => (
            <>
              <RecordLink href={`/admin/plateformes/${p.id}`}>{p.name}</RecordLink>
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
  );
}
