import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PlatformForm } from "@/components/forms/platform-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { createPlatformServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer une plateforme" };

export default async function NewPlatformPage() {
  const user = await requireCoordinator();
  const [organisations, campuses] = await Promise.all([
    listOrganisationChoices(user),
    listCampusesForAdmin(user),
  ]);
  return (
    <>
      <AdminPageHeader
        title="Créer une plateforme technologique"
        crumbs={[{ href: "/admin/plateformes", label: "Plateformes technologiques" }]}
      />
      <PlatformForm
        action={createPlatformServerAction}
        initial={{}}
        isCreation
        campuses={campuses.map((c) => ({ value: c.id, label: c.shortName }))}
        organisations={organisations}
      />
    </>
  );
}
