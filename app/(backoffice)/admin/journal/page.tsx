import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/ui/pagination";
import { withQuery } from "@/components/links";
import { firstParam } from "@/lib/filters";
import { formatDateTime } from "@/lib/text/format";
import { SelectField, TextField } from "@/components/forms/field";
import { requireCoordinator } from "@/lib/auth/guards";
import { auditFilterOptions, auditFiltersSchema, listAuditEntries } from "@/lib/audit/backoffice-queries";
import {
  AUDIT_ENTITY_LABELS,
  AUDIT_ENTITY_TYPES,
  AUDIT_OPERATION_LABELS,
  type AuditEntityType,
} from "@/lib/audit/labels";
import { diffRecords } from "@/lib/audit/diff";
import { AdminFilters } from "@/components/admin/admin-filters";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Journal des modifications" };

function entityLink(type: string, id: string): string | null {
  const paths: Partial<Record<AuditEntityType, string>> = {
    action: `/admin/actions/${id}`,
    organisation: `/admin/organisations/${id}`,
    formation: `/admin/formations/${id}`,
    platform: `/admin/plateformes/${id}`,
    funding: `/admin/financements/${id}`,
    meeting: `/admin/gouvernance/${id}`,
    user: `/admin/utilisateurs/${id}`,
  };
  return paths[type as AuditEntityType] ?? null;
}

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/journal">) {
  const user = await requireCoordinator();
  const sp = await searchParams;
  const filters = auditFiltersSchema.parse(
    Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, firstParam(v)])),
  );
  const [result, options] = await Promise.all([listAuditEntries(user, filters), auditFilterOptions(user)]);
  if (!result || !options) return null;
  const params = {
    utilisateur: filters.utilisateur,
    campus: filters.campus,
    type: filters.type,
    du: filters.du,
    au: filters.au,
    element: filters.element,
  };
  return (
    <>
      <AdminPageHeader
        title="Journal des modifications"
        lead="Chaque écriture de l’espace de gestion&nbsp;: qui, quand, sur quel campus, quel élément, avant et après."
      />
      <AdminFilters label="Filtrer le journal" resetHref="/admin/journal">
        <SelectField
          name="utilisateur"
          label="Personne"
          placeholder="Toutes"
          defaultValue={filters.utilisateur ?? ""}
          options={options.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
        />
        <SelectField
          name="campus"
          label="Campus"
          placeholder="Tous"
          defaultValue={filters.campus ?? ""}
          options={options.campuses.map((c) => ({ value: c.id, label: c.acronym }))}
        />
        <SelectField
          name="type"
          label="Type d’élément"
          placeholder="Tous"
          defaultValue={filters.type ?? ""}
          options={AUDIT_ENTITY_TYPES.map((t) => ({ value: t, label: AUDIT_ENTITY_LABELS[t] }))}
        />
        <TextField name="du" label="Du" type="date" defaultValue={filters.du ?? ""} />
        <TextField name="au" label="Au" type="date" defaultValue={filters.au ?? ""} />
        {filters.element ? <input type="hidden" name="element" value={filters.element} /> : null}
      </AdminFilters>
      <p role="status" className="mb-3 font-semibold">
        {formatCount(result.total, plural("modification"))}
        {filters.element ? " sur cet élément" : ""}
      </p>
      {result.rows.length === 0 ? (
        <p className="text-muted">Aucune modification ne correspond à ces filtres.</p>
      ) : null}
      <ol className="flex flex-col gap-3">
        {result.rows.map((e) => {
          const changes = diffRecords(e.before, e.after);
          const href = e.operation === "delete" ? null : entityLink(e.entityType, e.entityId);
          return (
            <li key={e.id} className="rounded border border-line p-3">
              <p className="text-sm text-muted">
                {formatDateTime(e.at)} — {e.user ? e.user.name : "Ligne de commande ou système"}
                {e.campus ? ` — ${e.campus.acronym}` : ""} —{" "}
                {AUDIT_ENTITY_LABELS[e.entityType as AuditEntityType] ?? e.entityType} —{" "}
                {AUDIT_OPERATION_LABELS[e.operation] ?? e.operation}
              </p>
              <p className="font-semibold">{href ? <Link href={href}>{e.summary}</Link> : e.summary}</p>
              {changes.length ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-accent underline">
                    Avant et après ({formatCount(changes.length, plural("champ"))})
                  </summary>
                  <table className="mt-2 w-full border-collapse text-left text-sm">
                    <caption className="sr-only">Champs modifiés</caption>
                    <thead>
                      <tr className="border-b border-ink">
                        <th scope="col" className="p-1">
                          Champ
                        </th>
                        <th scope="col" className="p-1">
                          Avant
                        </th>
                        <th scope="col" className="p-1">
                          Après
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-b border-line align-top">
                          <th scope="row" className="p-1 font-mono font-normal">
                            {c.field}
                          </th>
                          <td className="max-w-xs whitespace-pre-wrap p-1">
                            {c.before.slice(0, 2000) || "—"}
                          </td>
                          <td className="max-w-xs whitespace-pre-wrap p-1">
                            {c.after.slice(0, 2000) || "—"}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(p) => withQuery("/admin/journal", { ...params, page: p > 1 ? p : undefined })}
      />
    </>
  );
}
