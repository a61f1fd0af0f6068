import type { Metadata } from "next";
import Link from "next/link";
import { RecordPageHeader } from "@/components/admin/record-page-header";
import { Notice } from "@/components/forms/notice";
import { OrganisationForm } from "@/components/forms/organisation-form";
import { requireCoordinatorRecord } from "@/lib/auth/guards";
import { getOrganisationForEdit } from "@/lib/organisations/backoffice-queries";
import { changeOrganisationPublicationServerAction, updateOrganisationServerAction } from "../server-actions";
import { listOwnerMedia } from "@/lib/media/backoffice-queries";
import { LogoSection } from "@/components/media/media-section";
import { deleteMediaServerAction } from "../../fichiers/server-actions";
import { formatCount, plural } from "@/lib/text/plural";
import { organisationFormValues } from "@/lib/organisations/schema";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage(props: PageProps<"/admin/organisations/[id]">) {
  const { user, record: org, searchParams } = await requireCoordinatorRecord(props, getOrganisationForEdit);
  const media = await listOwnerMedia(user, "ORGANISATION", org.id);
  return (
    <>
      <RecordPageHeader
        title={org.name}
        lead={
          <>
            Liée à {formatCount(org._count.actionLinks, plural("action"))},{" "}
            {formatCount(org._count.fundings, plural("financement"))},{" "}
            {formatCount(org._count.formations, plural("formation"))}, {org._count.campusLinks} campus.
          </>
        }
        list={{ href: "/admin/organisations", label: "Organisations" }}
        searchParams={searchParams}
        notice={
          org.publication === "DRAFT" ? (
            <Notice tone="warning" title="Organisation en attente de validation.">
              Vérifiez ses informations (un doublon existe peut-être déjà dans l’annuaire), puis validez-la
              pour qu’elle apparaisse sur le site public.
            </Notice>
          ) : null
        }
        publication={{
          id: org.id,
          publication: org.publication,
          action: changeOrganisationPublicationServerAction,
          publishLabel: "Valider et publier",
        }}
      />
      <OrganisationForm
        action={updateOrganisationServerAction.bind(null, org.id)}
        initial={organisationFormValues(org)}
        isCreation={false}
      />
      <LogoSection
        title="Logo de l’organisation"
        ownerKind="ORGANISATION"
        ownerId={org.id}
        items={media ?? []}
        deleteAction={deleteMediaServerAction}
        defaultAlt={org.name}
      />
      <p className="mt-6">
        <Link href={`/admin/journal?element=${org.id}`}>
          Historique de cette organisation dans le journal
        </Link>
      </p>
    </>
  );
}
