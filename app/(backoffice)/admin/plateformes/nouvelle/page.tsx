import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PlatformForm } from "@/components/forms/platform-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { createPlatformServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer une plateforme" };

export default async function NewPlatformPage() {
  const user = await requireCoordinator();
  const choices = await listEntryFormChoices(user);
  return (
    <>
      <AdminPageHeader
        title="Créer une plateforme technologique"
        crumbs={[{ href: "/admin/plateformes", label: "Plateformes technologiques" }]}
      />
      <PlatformForm action={createPlatformServerAction} initial={{}} isCreation {...choices} />
    </>
  );
}
