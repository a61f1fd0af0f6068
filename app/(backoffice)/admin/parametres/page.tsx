import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { SiteSettingsForm } from "@/components/forms/site-settings-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { readSiteSettings } from "@/lib/settings/queries";
import { updateSiteSettingsServerAction } from "./server-actions";

export const metadata: Metadata = { title: "Paramètres du site" };

export default async function SiteSettingsPage() {
  await requireCoordinator();
  const settings = await readSiteSettings();
  const { defaultReportDeadline, ...texts } = settings;
  return (
    <>
      <AdminPageHeader
        title="Paramètres du site"
        lead="Ces informations paraissent dans les mentions légales et sur la page Contact. Tant qu’un champ est vide, les pages publiques n’en disent rien et le tableau de bord le signale «&#x202F;À compléter&#x202F;»."
      />
      <SiteSettingsForm
        action={updateSiteSettingsServerAction}
        initial={{
          ...texts,
          defaultReportDeadline: defaultReportDeadline
            ? defaultReportDeadline.toISOString().slice(0, 10)
            : "",
        }}
      />
    </>
  );
}
