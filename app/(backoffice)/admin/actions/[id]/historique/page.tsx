import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FieldDiff } from "@/components/admin/field-diff";
import { formatDateTime } from "@/lib/text/format";
import { Notice } from "@/components/forms/notice";
import { RevertButton } from "@/components/forms/revert-button";
import { requireUser } from "@/lib/auth/session";
import { getActionHistory } from "@/lib/actions/backoffice-queries";
import { REVISION_KIND_LABELS } from "@/lib/labels";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import { revertActionServerAction } from "../../server-actions";

export const metadata: Metadata = { title: "Historique d’une action" };

export default async function ActionHistoryPage({
  params,
  searchParams,
}: PageProps<"/admin/actions/[id]/historique">) {
  const user = await requireUser();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const history = await getActionHistory(user, id);
  if (!history) notFound();
  const reverted = typeof sp.retour === "string" ? sp.retour : null;
  return (
    <>
      <AdminPageHeader
        title={`Historique\u00A0: ${history.title}`}
        lead="Chaque enregistrement est une version. Vous pouvez revenir au contenu d’une version antérieure&nbsp;: cela crée une nouvelle version, rien n’est effacé."
        crumbs={[
          { href: "/admin/actions", label: "Actions" },
          { href: `/admin/actions/${history.id}`, label: "Modifier l’action" },
        ]}
      />
      {reverted ? (
        <Notice tone="success" title={`Le contenu de la version ${reverted} est rétabli.`}>
          Il forme la version {history.version}.
        </Notice>
      ) : null}
      <ol className="flex flex-col gap-6">
        {history.entries.map((entry) => (
          <li key={entry.version} className="rounded border border-line p-4">
            <article aria-labelledby={`version-${entry.version}`}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 id={`version-${entry.version}`} className="text-lg font-bold">
                    Version {entry.version} — {REVISION_KIND_LABELS[entry.kind as RevisionKind] ?? entry.kind}
                    {entry.isCurrent ? " (version actuelle)" : ""}
                  </h2>
                  <p className="text-sm text-muted">
                    Le {formatDateTime(entry.changedAt)}
                    {entry.changedByName ? ` par ${entry.changedByName}` : " (import du rapport d’activité)"}
                  </p>
                </div>
                {!entry.isCurrent && history.publication !== "ARCHIVED" ? (
                  <RevertButton
                    id={history.id}
                    version={entry.version}
                    isPublished={history.publication === "PUBLISHED"}
                    action={revertActionServerAction}
                  />
                ) : null}
              </div>
              {entry.changes.length ? (
                <ul className="mt-4 flex flex-col gap-4">
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      <h3 className="mb-1 font-semibold">{change.label}</h3>
                      <FieldDiff change={change} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-muted">Aucun champ modifié.</p>
              )}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
