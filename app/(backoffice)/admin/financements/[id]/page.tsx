import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordPageHeader } from "@/components/admin/record-page-header";
import { DeletionSection } from "@/components/admin/deletion-section";
import { FundingForm } from "@/components/forms/funding-form";
import { requireCoordinatorRecord } from "@/lib/auth/guards";
import { fundingChoices, getFundingForEdit } from "@/lib/fundings/backoffice-queries";
import { deleteFundingServerAction, updateFundingServerAction } from "../server-actions";
import { fundingFormValues } from "@/lib/fundings/schema";

export const metadata: Metadata = { title: "Financement" };

export default async function FundingPage(props: PageProps<"/admin/financements/[id]">) {
  const { user, record: f, searchParams } = await requireCoordinatorRecord(props, getFundingForEdit);
  const choices = (await fundingChoices(user)) ?? notFound();
  return (
    <>
      <RecordPageHeader
        title={f.purpose}
        list={{ href: "/admin/financements", label: "Financements" }}
        searchParams={searchParams}
      />
      <FundingForm
        action={updateFundingServerAction.bind(null, f.id)}
        isCreation={false}
        choices={choices}
        initial={fundingFormValues(f)}
      />
      <DeletionSection
        id={f.id}
        action={deleteFundingServerAction}
        label="Supprimer ce financement"
        confirm="Supprimer ce financement&#x202F;? Vous pourrez le restaurer depuis les archives."
      >
        Le financement reste conservé dans le journal des modifications et peut être restauré depuis les
        archives.
      </DeletionSection>
    </>
  );
}
