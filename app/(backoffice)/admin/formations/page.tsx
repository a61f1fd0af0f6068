import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationTag } from "@/components/admin/tags";
import { ButtonLink } from "@/components/ui/button-link";
import { TextField } from "@/components/forms/field";
import { requireCoordinator } from "@/lib/auth/guards";
import { FORMATION_ADMIN_LIMIT, listFormationsForAdmin } from "@/lib/formations/backoffice-queries";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS } from "@/lib/labels";
import { AdminTable, RecordLink } from "@/components/admin/admin-table";
import { AdminFilters } from "@/components/admin/admin-filters";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Formations" };

export default async function FormationsPage({ searchParams }: PageProps<"/admin/formations">) {
  const user = await requireCoordinator();
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 200) : undefined;
  const rows = await listFormationsForAdmin(user, { q: q || undefined });
  return (
    <>
      <AdminPageHeader
        title="Formations"
        actions={
          <>
            <ButtonLink href="/admin/formations/nouvelle">Créer une formation</ButtonLink>
            <ButtonLink href="/admin/imports" variant="secondary">
              Importer un fichier CSV
            </ButtonLink>
          </>
        }
      />
      <AdminFilters label="Filtrer les formations" resetHref="/admin/formations">
        <TextField name="q" label="Rechercher" type="search" defaultValue={q ?? ""} />
      </AdminFilters>
      <p role="status" className="mb-3 font-semibold">
        {rows.length === FORMATION_ADMIN_LIMIT
          ? `Les ${FORMATION_ADMIN_LIMIT} premières formations par ordre alphabétique\u00A0: précisez la recherche pour trouver les autres.`
          : formatCount(rows.length, plural("formation"))}
      </p>
      <AdminTable
        caption="Formations"
        captionHidden
        rows={rows}
        rowKey={(f) => f.id}
        columns={[
          {
            header: "Intitulé",
            cell: (f) => <RecordLink href={`/admin/formations/${f.id}`}>{f.title}</RecordLink>,
          },
          { header: "Diplôme", cell: (f) => DIPLOMA_LABELS[f.diploma] },
          { header: "Lieu", cell: (f) => [f.establishment?.name, f.commune].filter(Boolean).join(", ") },
          { header: "Campus", cell: (f) => f.campuses.map((c) => c.campus.acronym).join(", ") },
          { header: "État", cell: (f) => FORMATION_STATE_LABELS[f.state] },
          { header: "Publication", cell: (f) => <PublicationTag publication={f.publication} /> },
        ]}
        empty={
          q ? (
            <>Aucune formation ne correspond à «&#x202F;{q}&#x202F;».</>
          ) : (
            "Aucune formation pour l’instant\u00A0: créez-en une ou importez un fichier CSV."
          )
        }
      />
    </>
  );
}
