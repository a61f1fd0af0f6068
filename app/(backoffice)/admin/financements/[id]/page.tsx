import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { OperationBanner } from "@/components/admin/operation-banner";
import { DeletionSection } from "@/components/admin/deletion-section";
import { FundingForm } from "@/components/forms/funding-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { fundingChoices, getFundingForEdit } from "@/lib/fundings/backoffice-queries";
import { deleteFundingServerAction, updateFundingServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Financement" };

export default async function FundingPage({ params, searchParams }: PageProps<"/admin/financements/[id]">) {
  const user = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const [f, choices] = await Promise.all([getFundingForEdit(user, id), fundingChoices(user)]);
  if (!f || !choices) notFound();
  return (
    <>
      <AdminPageHeader title={f.purpose} crumbs={[{ href: "/admin/financements", label: "Financements" }]} />
      <OperationBanner searchParams={sp} />
      <FundingForm
        action={updateFundingServerAction.bind(null, f.id)}
        isCreation={false}
        choices={choices}
        initial={{
          funderId: f.funderId,
          campusId: f.campusId ?? "",
          platformId: f.platformId ?? "",
          actionId: f.actionId ?? "",
          kind: f.kind,
          amountEuros: f.amountEuros === null ? "" : String(f.amountEuros),
          amountBasis: f.amountBasis ?? "",
          startYear: String(f.startYear),
          endYear: String(f.endYear),
          isIndicative: f.isIndicative ? "on" : "",
          purpose: f.purpose,
        }}
      />
      <DeletionSection
        id={f.id}
        action={deleteFundingServerAction}
        label="Supprimer ce financement"
        confirm="Supprimer ce financement ? Vous pourrez le restaurer depuis les archives."
      >
        Le financement reste conservé dans le journal des modifications et peut être restauré depuis les
        archives.
      </DeletionSection>
    </>
  );
}
