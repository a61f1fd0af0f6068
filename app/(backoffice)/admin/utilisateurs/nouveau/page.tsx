import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { UserForm } from "@/components/forms/user-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getActionFormOptions } from "@/lib/actions/backoffice-queries";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Créer un compte" };

export default async function NewUserPage() {
  await requireCoordinator();
  const { campuses } = await getActionFormOptions();
  return (
    <>
      <AdminPageHeader title="Créer un compte" crumbs={[{ href: "/admin/utilisateurs", label: "Comptes" }]} />
      <UserForm action={createUserAction} initial={{ name: "", email: "", role: "DO", campusId: "" }} campuses={campuses.map((c) => ({ id: c.id, name: c.name }))} isCreation />
    </>
  );
}
