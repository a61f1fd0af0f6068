import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Tag } from "@/components/admin/tags";
import { formatDateTime } from "@/lib/text/format";
import { buttonClass } from "@/components/forms/button-styles";
import { requireCoordinator } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/backoffice-queries";
import { isCoordinator } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Comptes" };

export default async function UsersPage() {
  const user = await requireCoordinator();
  const users = await listUsers(user);
  return (
    <>
      <AdminPageHeader
        title="Comptes"
        lead="Les directeurs opérationnels gèrent les actions de leur campus ; la coordination régionale gère tout."
        actions={
          <Link href="/admin/utilisateurs/nouveau" className={buttonClass("primary")}>
            Créer un compte
          </Link>
        }
      />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{users.length} comptes</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                Nom
              </th>
              <th scope="col" className="p-2">
                Adresse e-mail
              </th>
              <th scope="col" className="p-2">
                Rôle
              </th>
              <th scope="col" className="p-2">
                État
              </th>
              <th scope="col" className="p-2">
                Dernière activité
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/admin/utilisateurs/${u.id}`} className="font-semibold">
                    {u.name}
                  </Link>
                </th>
                <td className="p-2">{u.email}</td>
                <td className="p-2">
                  {isCoordinator(u) ? "Coordination régionale" : `DO ${u.campusAcronym ?? ""}`}
                </td>
                <td className="p-2">
                  {u.isActive ? <Tag tone="success">Actif</Tag> : <Tag tone="danger">Désactivé</Tag>}
                </td>
                <td className="p-2">
                  {u.lastSeenAt
                    ? `${formatDateTime(u.lastSeenAt)} (${u.activeSessions} session${u.activeSessions > 1 ? "s" : ""})`
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
