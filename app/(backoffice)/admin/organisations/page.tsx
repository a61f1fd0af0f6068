import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EmptyList } from "@/components/admin/empty-list";
import { Pagination } from "@/components/ui/pagination";
import { withQuery } from "@/components/links";
import { firstParam } from "@/lib/filters";
import { PublicationTag } from "@/components/admin/tags";
import { ButtonLink } from "@/components/ui/button-link";
import { SelectField, TextField } from "@/components/forms/field";
import { requireCoordinator } from "@/lib/auth/guards";
import { listOrganisationsForAdmin } from "@/lib/organisations/backoffice-queries";
import { ORGANISATION_KIND_LABELS, PUBLICATION_LABELS } from "@/lib/labels";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { AdminTable, RecordLink } from "@/components/admin/admin-table";
import { AdminFilters } from "@/components/admin/admin-filters";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Organisations" };

const PUBLICATIONS: Record<string, PublicationState> = {
  draft: "DRAFT",
  published: "PUBLISHED",
  archived: "ARCHIVED",
};

export default async function OrganisationsPage({ searchParams }: PageProps<"/admin/organisations">) {
  const user = await requireCoordinator();
  const sp = await searchParams;
  const q = firstParam(sp.q)?.slice(0, 200);
  const publication = firstParam(sp.publication);
  const result = await listOrganisationsForAdmin(user, {
    q,
    publication: publication ? PUBLICATIONS[publication] : undefined,
    page: Number(firstParam(sp.page)) || 1,
  });
  return (
    <>
      <AdminPageHeader
        title="Organisations"
        lead="L’annuaire des partenaires, financeurs et établissements. Les organisations proposées par les directeurs opérationnels attendent votre validation (brouillons)."
        actions={
          <>
            <ButtonLink href="/admin/organisations/nouvelle">Créer une organisation</ButtonLink>
            <ButtonLink href="/admin/imports" variant="secondary">
              Importer un fichier CSV
            </ButtonLink>
          </>
        }
      />
      <AdminFilters label="Filtrer les organisations" resetHref="/admin/organisations">
        <TextField name="q" label="Rechercher" type="search" defaultValue={q ?? ""} />
        <SelectField
          name="publication"
          label="Publication"
          placeholder="Brouillons et publiées"
          defaultValue={publication ?? ""}
          options={Object.entries(PUBLICATIONS).map(([value, p]) => ({
            value,
            label: p === "DRAFT" ? "À valider (brouillons)" : PUBLICATION_LABELS[p],
          }))}
        />
      </AdminFilters>
      <p role="status" className="mb-3 font-semibold">
        {formatCount(result.total, plural("organisation"))}
      </p>
      {result.total === 0 ? (
        <EmptyList>Aucune organisation ne correspond à ces critères.</EmptyList>
      ) : (
        <AdminTable
          caption="Organisations"
          captionHidden
          rows={result.rows}
          rowKey={(o) => o.id}
          columns={[
            {
              header: "Nom",
              cell: (o) => (
                <>
                  <RecordLink href={`/admin/organisations/${o.id}`}>{o.name}</RecordLink>
                  {o.acronym && o.acronym !== o.name ? ` (${o.acronym})` : ""}
                </>
              ),
            },
            { header: "Type", cell: (o) => ORGANISATION_KIND_LABELS[o.kind] },
            { header: "Commune", cell: (o) => [o.city, o.departement].filter(Boolean).join(" — ") },
            { header: "Actions liées", cell: (o) => o._count.actionLinks },
            { header: "Publication", cell: (o) => <PublicationTag publication={o.publication} /> },
          ]}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(p) => withQuery("/admin/organisations", { q, publication, page: p > 1 ? p : undefined })}
      />
    </>
  );
}
