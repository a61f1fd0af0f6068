import type { Metadata } from "next";
import { Tag } from "@/components/admin/tags";
import { formatDateTime } from "@/lib/text/format";
import { formatCount, plural } from "@/lib/text/plural";
import { requireCoordinator } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/backoffice-queries";
import { isCoordinator } from "@/lib/auth/permissions";
import { RecordLink } from "@/components/admin/admin-table";
import { AdminListScreen } from "@/components/admin/list-screen";

export const metadata: Metadata = { title: "Comptes" };

export default async function UsersPage() {
  const user = await requireCoordinator();
  const users = await listUsers(user);
  return (
    <AdminListScreen
      title="Comptes"
      lead="Les directeurs opérationnels gèrent les actions de leur campus&#x202F;; la coordination régionale gère tout."
      create={{ href: "/admin/utilisateurs/nouveau", label: "Inviter une personne" }}
      counted={plural("compte")}
      rows={users}
      columns={[
        {
          header: "Nom",
          cell: (u) => <RecordLink href={`/admin/utilisateurs/${u.id}`}>{u.name}</RecordLink>,
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
  );
}
