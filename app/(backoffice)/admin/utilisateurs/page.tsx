import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Tag } from "@/components/admin/tags";
import { formatDateTime } from "@/lib/text/format";
import { formatCount, plural } from "@/lib/text/plural";
import { ButtonLink } from "@/components/ui/button-link";
import { requireCoordinator } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/backoffice-queries";
import { isCoordinator } from "@/lib/auth/permissions";
import { AdminTable } from "@/components/admin/admin-table";

export const metadata: Metadata = { title: "Comptes" };

export default async function UsersPage() {
  const user = await requireCoordinator();
  const users = await listUsers(user);
  return (
    <>
      <AdminPageHeader
        title="Comptes"
        lead="Les directeurs opérationnels gèrent les actions de leur campus&#x202F;; la coordination régionale gère tout."
        actions={<ButtonLink href="/admin/utilisateurs/nouveau">Inviter une personne</ButtonLink>}
      />
      <AdminTable
        caption={formatCount(users.length, plural("compte"))}
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          {
            header: "Nom",
            cell: (u) => (
              <Link href={`/admin/utilisateurs/${u.id}`} className="font-semibold">
                {u.name}
              </Link>
            ),
          },
          { header: "Adresse e-mail", cell: (u) => u.email },
          {
            header: "Rôle",
            cell: (u) => (isCoordinator(u) ? "Coordination régionale" : `DO ${u.campusAcronym ?? ""}`),
          },
          {
            header: "État",
            cell: (u) =>
              !u.isActive ? (
                <Tag tone="danger">Désactivé</Tag>
              ) : u.isPending ? (
                <Tag tone="warning">Invitation en attente</Tag>
              ) : (
                <Tag tone="success">Actif</Tag>
              ),
          },
          {
            header: "Dernière activité",
            cell: (u) =>
              u.lastSeenAt
                ? `${formatDateTime(u.lastSeenAt)} (${formatCount(u.activeSessions, plural("session"))})`
                : "—",
          },
        ]}
      />
    </>
  );
}
