import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { OrganisationForm } from "@/components/forms/organisation-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { createOrganisationServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer une organisation" };

export default async function NewOrganisationPage() {
  await requireCoordinator();
  return (
    <>
      <AdminPageHeader
        title="Créer une organisation"
        crumbs={[{ href: "/admin/organisations", label: "Organisations" }]}
      />
      <OrganisationForm action={createOrganisationServerAction} initial={{}} isCreation />
    </>
  );
}
