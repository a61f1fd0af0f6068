import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { MeetingForm } from "@/components/forms/meeting-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { meetingChoices } from "@/lib/governance/backoffice-queries";
import { createMeetingServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer une réunion" };

export default async function NewMeetingPage() {
  const user = await requireCoordinator();
  const choices = await meetingChoices(user);
  if (!choices) notFound();
  return (
    <>
      <AdminPageHeader
        title="Créer une réunion de gouvernance"
        crumbs={[{ href: "/admin/gouvernance", label: "Gouvernance" }]}
      />
      <MeetingForm action={createMeetingServerAction} initial={{}} isCreation choices={choices} />
    </>
  );
}
