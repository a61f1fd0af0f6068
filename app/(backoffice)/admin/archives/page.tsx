import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { formatDateTime } from "@/lib/text/format";
import { Notice } from "@/components/forms/notice";
import { OperationForm } from "@/components/forms/operation-form";
import { requireUser } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/permissions";
import { listArchives } from "@/lib/actions/archives";
import { listDeletedRecords } from "@/lib/audit/restore";
import { changeActionPublicationServerAction } from "../actions/server-actions";
import { restoreDeletedServerAction, restoreDirectoryItemServerAction } from "./server-actions";
import { AdminTable } from "@/components/admin/admin-table";

export const metadata: Metadata = { title: "Archives" };

function ArchiveTable({
  caption,
  rows,
  restore,
}: {
  caption: string;
  rows: { id: string; label: React.ReactNode; detail?: string; at: Date | null }[];
  restore: (id: string) => React.ReactNode;
}) {
  if (rows.length === 0) return <p className="text-muted">{caption}&nbsp;: aucun élément archivé.</p>;
  return (
    <AdminTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          header: "Élément",
          cell: (r) => (
            <>
              {r.label}
              {r.detail ? <span className="block text-muted">{r.detail}</span> : null}
            </>
          ),
        },
        { header: "Archivé le", cell: (r) => (r.at ? formatDateTime(r.at) : "—") },
        { header: <span className="sr-only">Restauration</span>, cell: (r) => restore(r.id) },
      ]}
    />
  );
}

export default async function ArchivesPage({ searchParams }: PageProps<"/admin/archives">) {
  const user = await requireUser();
  const sp = await searchParams;
  const [archives, deleted] = await Promise.all([listArchives(user), listDeletedRecords(user)]);
  const restoreButton = (type: string, id: string) => (
    <OperationForm action={restoreDirectoryItemServerAction} fields={{ type, id }} label="Restaurer" />
  );
  return (
    <>
      <AdminPageHeader
        title="Archives"
        lead="Les éléments archivés ne sont plus visibles du public. Ils sont conservés sans limite de durée et jamais supprimés définitivement depuis l’espace de gestion&nbsp;: restaurez-les à tout moment (ils reviennent comme brouillons)."
      />
      {sp.restauree ? (
        <Notice
          tone="success"
          title="Élément restauré comme brouillon&nbsp;: publiez-le pour le rendre de nouveau visible."
        />
      ) : null}
      <section aria-labelledby="archives-actions" className="mb-10">
        <h2 id="archives-actions" className="mb-3 text-xl font-bold">
          Actions archivées
        </h2>
        <ArchiveTable
          caption="Actions archivées"
          rows={archives.actions.map((a) => ({
            id: a.id,
            label: <Link href={`/admin/actions/${a.id}`}>{a.title}</Link>,
            detail: `${a.campuses.map((c) => c.campus.acronym).join(", ")}${a.updatedBy ? ` — archivée par ${a.updatedBy.name}` : ""}`,
            at: a.archivedAt,
          }))}
          restore={(id) => (
            <OperationForm
              action={changeActionPublicationServerAction}
              fields={{ id, operation: "restore", back: "archives" }}
              label="Restaurer"
            />
          )}
        />
      </section>
      {isCoordinator(user) ? (
        <>
          <section aria-labelledby="archives-annuaire" className="mb-10 flex flex-col gap-6">
            <h2 id="archives-annuaire" className="text-xl font-bold">
              Annuaire archivé
            </h2>
            <ArchiveTable
              caption="Organisations archivées"
              rows={archives.organisations.map((o) => ({ id: o.id, label: o.name, at: o.archivedAt }))}
              restore={(id) => restoreButton("organisation", id)}
            />
            <ArchiveTable
              caption="Formations archivées"
              rows={archives.formations.map((f) => ({ id: f.id, label: f.title, at: f.archivedAt }))}
              restore={(id) => restoreButton("formation", id)}
            />
            <ArchiveTable
              caption="Plateformes technologiques archivées"
              rows={archives.platforms.map((p) => ({ id: p.id, label: p.name, at: p.archivedAt }))}
              restore={(id) => restoreButton("platform", id)}
            />
          </section>
          <section aria-labelledby="archives-supprimes">
            <h2 id="archives-supprimes" className="mb-3 text-xl font-bold">
              Financements et réunions supprimés
            </h2>
            <ArchiveTable
              caption="Conservés dans le journal des modifications"
              rows={deleted.map((d) => ({
                id: d.auditId,
                label: d.summary,
                detail: d.deletedBy ? `par ${d.deletedBy}` : undefined,
                at: d.deletedAt,
              }))}
              restore={(auditId) => (
                <OperationForm action={restoreDeletedServerAction} fields={{ auditId }} label="Restaurer" />
              )}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
