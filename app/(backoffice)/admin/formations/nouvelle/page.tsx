import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FormationForm } from "@/components/forms/formation-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { createFormationServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer une formation" };

export default async function NewFormationPage() {
  const user = await requireCoordinator();
  const [organisations, campuses] = await Promise.all([
    listOrganisationChoices(user),
    listCampusesForAdmin(user),
  ]);
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
        campuses={campuses.map((c) => ({ value: c.id, label: c.shortName }))}
        organisations={organisations}
      />
    </>
  );
}
