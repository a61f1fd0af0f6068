import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FormationForm } from "@/components/forms/formation-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { createFormationServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer une formation" };

export default async function NewFormationPage() {
  const user = await requireCoordinator();
  const choices = await listEntryFormChoices(user);
  return (
    <>
      <AdminPageHeader
        title="Créer une formation"
        crumbs={[{ href: "/admin/formations", label: "Formations" }]}
      />
      <FormationForm
        action={createFormationServerAction}
        initial={{ state: "OUVERTE" }}
        isCreation
        {...choices}
      />
    </>
  );
}
