import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ActionTable } from "@/components/admin/action-table";
import { Pagination } from "@/components/ui/pagination";
import { withQuery } from "@/components/links";
import { firstParam } from "@/lib/filters";
import { ButtonLink } from "@/components/ui/button-link";
import { SelectField, TextField } from "@/components/forms/field";
import { requireUser } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/permissions";
import { listActionsForUser } from "@/lib/actions/backoffice-queries";
import { ACTION_STATUS_LABELS, PUBLICATION_LABELS } from "@/lib/labels";
import { CAMPUS_SLUGS, isCampusSlug } from "@/lib/site/campuses";
import type { ActionStatus, PublicationState } from "@/lib/generated/prisma/enums";
import { AdminFilters } from "@/components/admin/admin-filters";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Actions" };

const STATUS_CODES: Record<string, ActionStatus> = {
  projetee: "PROJETEE",
  en_cours: "EN_COURS",
  terminee: "TERMINEE",
};
const PUBLICATION_CODES: Record<string, PublicationState> = {
  draft: "DRAFT",
  published: "PUBLISHED",
  archived: "ARCHIVED",
};
const CAMPUS_FILTER_LABELS: Record<(typeof CAMPUS_SLUGS)[number], string> = {
  agt: "AGT — Alimentation, Goût, Tourisme",
  amf: "AMF — Automobile et Mobilités du Futur",
  itip: "ITIP — Industrie Technologique Innovante et Performante",
  mma: "MMA — Maroquinerie et Métiers d’Art",
  msi: "MSI — Microtechniques et Systèmes Intelligents",
  ti: "TI — Territoire Intelligent",
};

export default async function AdminActionsPage({ searchParams }: PageProps<"/admin/actions">) {
  const user = await requireUser();
  const sp = await searchParams;
  const q = firstParam(sp.q)?.slice(0, 200);
  const statut = firstParam(sp.statut);
  const publication = firstParam(sp.publication);
  const campus = firstParam(sp.campus);
  const page = Number(firstParam(sp.page)) || 1;
  const result = await listActionsForUser(user, {
    q,
    status: statut ? STATUS_CODES[statut] : undefined,
    publication: publication ? PUBLICATION_CODES[publication] : undefined,
    campus: isCampusSlug(campus) ? campus : undefined,
    page,
  });
  const params = { q, statut, publication, campus };
  return (
    <>
      <AdminPageHeader
        title="Actions"
        lead={
          isCoordinator(user)
            ? "Les actions de tous les campus."
            : "Les actions portées ou co-portées par votre campus."
        }
        actions={<ButtonLink href="/admin/actions/nouvelle">Créer une action</ButtonLink>}
      />
      <AdminFilters label="Filtrer les actions" resetHref="/admin/actions">
        <TextField name="q" label="Rechercher" defaultValue={q ?? ""} type="search" />
        <SelectField
          name="statut"
          label="Statut"
          placeholder="Tous les statuts"
          defaultValue={statut ?? ""}
          options={Object.entries(STATUS_CODES).map(([value, s]) => ({
            value,
            label: ACTION_STATUS_LABELS[s],
          }))}
        />
        <SelectField
          name="publication"
          label="Publication"
          placeholder="Brouillons et publiées"
          defaultValue={publication ?? ""}
          options={Object.entries(PUBLICATION_CODES).map(([value, p]) => ({
            value,
            label: PUBLICATION_LABELS[p],
          }))}
        />
        {isCoordinator(user) ? (
          <SelectField
            name="campus"
            label="Campus"
            placeholder="Tous les campus"
            defaultValue={campus ?? ""}
            options={CAMPUS_SLUGS.map((s) => ({ value: s, label: CAMPUS_FILTER_LABELS[s] }))}
          />
        ) : null}
      </AdminFilters>
      <p role="status" className="mb-3 font-semibold">
        {formatCount(result.total, plural("action"))}
        {q ? ` pour «\u202F${q}\u202F»` : ""}
      </p>
      {result.rows.length ? (
        <ActionTable
          rows={result.rows}
          caption="Actions, les plus récemment modifiées d’abord"
          showCampuses={isCoordinator(user) || result.rows.some((r) => r.campuses.length > 1)}
        />
      ) : (
        <p className="text-muted">
          Aucune action ne correspond. Essayez d’autres filtres, ou créez une action.
        </p>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(p) => withQuery("/admin/actions", { ...params, page: p > 1 ? p : undefined })}
      />
    </>
  );
}
