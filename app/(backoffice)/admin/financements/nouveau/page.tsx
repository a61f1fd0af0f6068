import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FundingForm } from "@/components/forms/funding-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { fundingChoices } from "@/lib/fundings/backoffice-queries";
import { createFundingServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Créer un financement" };

export default async function NewFundingPage() {
  const user = await requireCoordinator();
  const choices = await fundingChoices(user);
  if (!choices) notFound();
  const year = String(new Date().getFullYear());
  return (
    <>
      <AdminPageHeader
        title="Créer un financement"
        crumbs={[{ href: "/admin/financements", label: "Financements" }]}
      />
      <FundingForm
        action={createFundingServerAction}
        initial={{ startYear: year, endYear: year }}
        isCreation
        choices={choices}
      />
    </>
  );
}
