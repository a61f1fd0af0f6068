import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { UserForm } from "@/components/forms/user-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { createUserServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer un compte" };

export default async function NewUserPage() {
  const actor = await requireCoordinator();
  const campuses = (await listCampusesForAdmin(actor)).map((c) => ({ id: c.id, name: c.shortName }));
  return (
    <>
      <AdminPageHeader title="Créer un compte" crumbs={[{ href: "/admin/utilisateurs", label: "Comptes" }]} />
      <UserForm
        action={createUserServerAction}
        initial={{ name: "", email: "", role: "DO", campusId: "" }}
        campuses={campuses}
        isCreation
      />
    </>
  );
}
