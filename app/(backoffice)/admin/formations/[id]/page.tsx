import type { Metadata } from "next";
import { RecordPageHeader } from "@/components/admin/record-page-header";
import { FormationForm } from "@/components/forms/formation-form";
import { requireCoordinatorRecord } from "@/lib/auth/guards";
import { getFormationForEdit } from "@/lib/formations/backoffice-queries";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { changeFormationPublicationServerAction, updateFormationServerAction } from "../server-actions";
import { formatCount, plural } from "@/lib/text/plural";
import { formationFormValues } from "@/lib/formations/schema";

export const metadata: Metadata = { title: "Formation" };

export default async function FormationPage(props: PageProps<"/admin/formations/[id]">) {
  const { user, record: f, searchParams } = await requireCoordinatorRecord(props, getFormationForEdit);
  const choices = await listEntryFormChoices(user);
  return (
    <>
      <RecordPageHeader
        title={f.title}
        lead={<>Liée à {formatCount(f._count.actions, plural("action"))}.</>}
        list={{ href: "/admin/formations", label: "Formations" }}
        searchParams={searchParams}
        publication={{ id: f.id, publication: f.publication, action: changeFormationPublicationServerAction }}
      />
      <FormationForm
        action={updateFormationServerAction.bind(null, f.id)}
        isCreation={false}
        {...choices}
        initial={formationFormValues(f)}
      />
    </>
  );
}
