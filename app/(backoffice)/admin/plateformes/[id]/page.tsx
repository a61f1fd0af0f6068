import type { Metadata } from "next";
import { RecordPageHeader } from "@/components/admin/record-page-header";
import { PlatformForm } from "@/components/forms/platform-form";
import { requireCoordinatorRecord } from "@/lib/auth/guards";
import { getPlatformForEdit } from "@/lib/platforms/backoffice-queries";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { changePlatformPublicationServerAction, updatePlatformServerAction } from "../server-actions";

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
        initial={{
          version: String(p.version),
          name: p.name,
          acronym: p.acronym ?? "",
          domain: p.domain ?? "",
          isLabelled: p.isLabelled === null ? "inconnu" : p.isLabelled ? "oui" : "non",
          hostId: p.hostId ?? "",
          commune: p.commune ?? "",
          departement: p.departement ?? "",
          description: p.description,
          position: String(p.position),
          campusIds: p.campuses.map((c) => c.campusId),
          slug: p.slug,
        }}
      />
    </>
  );
}
