import type { Metadata } from "next";
import { RecordPageHeader } from "@/components/admin/record-page-header";
import { PlatformForm } from "@/components/forms/platform-form";
import { requireCoordinatorRecord } from "@/lib/auth/guards";
import { getPlatformForEdit } from "@/lib/platforms/backoffice-queries";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { changePlatformPublicationServerAction, updatePlatformServerAction } from "../server-actions";
import { platformFormValues } from "@/lib/platforms/schema";

export const metadata: Metadata = { title: "Plateforme technologique" };

export default async function PlatformPage(props: PageProps<"/admin/plateformes/[id]">) {
  const { user, record: p, searchParams } = await requireCoordinatorRecord(props, getPlatformForEdit);
  const choices = await listEntryFormChoices(user);
  return (
    <>
      <RecordPageHeader
        title={p.name}
        list={{ href: "/admin/plateformes", label: "Plateformes technologiques" }}
        searchParams={searchParams}
        publication={{ id: p.id, publication: p.publication, action: changePlatformPublicationServerAction }}
      />
      <PlatformForm
        action={updatePlatformServerAction.bind(null, p.id)}
        isCreation={false}
        {...choices}
        initial={platformFormValues(p)}
      />
    </>
  );
}
