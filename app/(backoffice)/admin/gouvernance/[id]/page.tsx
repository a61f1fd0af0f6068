import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordPageHeader } from "@/components/admin/record-page-header";
import { DeletionSection } from "@/components/admin/deletion-section";
import { MeetingForm } from "@/components/forms/meeting-form";
import { requireCoordinatorRecord } from "@/lib/auth/guards";
import { getMeetingForEdit, meetingChoices } from "@/lib/governance/backoffice-queries";
import { deleteMeetingServerAction, updateMeetingServerAction } from "../server-actions";
import { meetingFormValues } from "@/lib/governance/schema";

export const metadata: Metadata = { title: "Réunion de gouvernance" };

export default async function MeetingPage(props: PageProps<"/admin/gouvernance/[id]">) {
  const { user, record: m, searchParams } = await requireCoordinatorRecord(props, getMeetingForEdit);
  const choices = (await meetingChoices(user)) ?? notFound();
  return (
    <>
      <RecordPageHeader
        title={m.title}
        list={{ href: "/admin/gouvernance", label: "Gouvernance" }}
        searchParams={searchParams}
      />
      <MeetingForm
        action={updateMeetingServerAction.bind(null, m.id)}
        isCreation={false}
        choices={choices}
        initial={meetingFormValues(m)}
      />
      <DeletionSection
        id={m.id}
        action={deleteMeetingServerAction}
        label="Supprimer cette réunion"
        confirm="Supprimer cette réunion&#x202F;? Vous pourrez la restaurer depuis les archives."
      >
        La réunion reste conservée dans le journal des modifications et peut être restaurée depuis les
        archives.
      </DeletionSection>
    </>
  );
}
