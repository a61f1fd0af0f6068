import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { UserForm } from "@/components/forms/user-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { inviteUserServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Inviter une personne" };

export default async function NewUserPage() {
  const actor = await requireCoordinator();
  const campuses = (await listCampusesForAdmin(actor)).map((c) => ({ id: c.id, name: c.shortName }));
  return (
    <>
      <AdminPageHeader
        title="Inviter une personne"
        lead="La personne reçoit un courriel avec un lien, valable 7 jours, pour choisir elle-même son mot de passe."
        crumbs={[{ href: "/admin/utilisateurs", label: "Comptes" }]}
      />
      <UserForm
        action={inviteUserServerAction}
        initial={{ name: "", email: "", role: "DO", campusId: "" }}
        campuses={campuses}
        isCreation
      />
    </>
  );
}
