import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/forms/notice";
import { requireUser } from "@/lib/auth/session";
import { reportYear } from "@/lib/report/schema";
import { getRegionPartsForm } from "@/lib/report/queries";
import { REGION_PART_KEYS, REGION_PARTS } from "@/lib/report/sections";
import { saveRegionPartsServerAction } from "../../server-actions";
import { AdminPageHeader } from "@/components/admin/page-header";
import { TextsForm } from "../../_components/texts-form";
import { getTextsWorkingCopy } from "@/lib/working-copies/queries";
import { regionPartsKey } from "@/lib/working-copies/schema";

export const metadata: Metadata = { title: "Parties régionales du rapport annuel" };

/** The coordinator's parts of the report: résumé, présentation, chapters 1, 2 and 4. */
export default async function RegionPartsPage({
  params,
  searchParams,
}: PageProps<"/admin/rapport/[annee]/regional">) {
  const user = await requireUser();
  const [{ annee }, query] = await Promise.all([params, searchParams]);
  const year = reportYear.safeParse(annee);
  if (!year.success || String(year.data) !== annee) notFound();
  const form = await getRegionPartsForm(user, year.data);
  const workingCopy = form
    ? await getTextsWorkingCopy(user, "report-region", regionPartsKey(year.data))
    : null;
  if (!form) notFound();
  const frozen = form.edition.status === "VALIDATED";
  return (
    <>
      <AdminPageHeader
        title={`Parties régionales du rapport ${form.year}`}
        lead="Le résumé, la présentation et les chapitres 1, 2 et 4. Les données (instances, financements, partenaires, PFT, critères, nouveaux campus, indicateurs) sont ajoutées à l’export."
        crumbs={[{ href: `/admin/rapport?annee=${form.year}`, label: `Rapport annuel ${form.year}` }]}
      />
      {query.enregistre === "1" ? (
        <Notice tone="success" title={`Les parties régionales du rapport ${form.year} sont enregistrées.`} />
      ) : null}
      {frozen ? (
        <Notice
          tone="info"
          title={`Le rapport ${form.year} est validé\u00A0: ces textes sont figés. Rouvrez-le pour les modifier.`}
        />
      ) : null}
      <TextsForm
        action={saveRegionPartsServerAction}
        readOnly={frozen}
        submitLabel="Enregistrer les parties régionales"
        hidden={{ year: String(form.year), version: String(form.edition.version) }}
        autosave={{
          form: "report-region",
          recordKey: regionPartsKey(form.year),
          baseVersion: String(form.edition.version),
          workingCopy: workingCopy ? { ...workingCopy, savedAt: workingCopy.savedAt.toISOString() } : null,
        }}
        fields={REGION_PART_KEYS.map((k) => ({
          name: k,
          label: REGION_PARTS[k].label,
          hint: REGION_PARTS[k].hint,
          value: form.parts[k],
        }))}
      />
    </>
  );
}
