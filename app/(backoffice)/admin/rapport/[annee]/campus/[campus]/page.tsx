import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/forms/notice";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/format";
import { reportYear } from "@/lib/report/schema";
import { getCampusChapterForm } from "@/lib/report/queries";
import { CAMPUS_SECTION_KEYS, CAMPUS_SECTIONS } from "@/lib/report/sections";
import { saveCampusChapterServerAction } from "../../../server-actions";
import { AdminPageHeader } from "@/components/admin/page-header";
import { TextsForm } from "../../../_components/texts-form";
import { SectionReview } from "../../../_components/section-review";
import { canManageEdition } from "@/lib/report/access";
import { getTextsWorkingCopy } from "@/lib/working-copies/queries";
import { campusChapterKey } from "@/lib/working-copies/schema";

export const metadata: Metadata = { title: "Bilan annuel d’un campus" };

/** A campus's seven sections for a year: its DO (or the coordinator) writes them, with a preview. */
export default async function CampusChapterPage({
  params,
  searchParams,
}: PageProps<"/admin/rapport/[annee]/campus/[campus]">) {
  const user = await requireUser();
  const [{ annee, campus: slug }, query] = await Promise.all([params, searchParams]);
  const year = reportYear.safeParse(annee);
  if (!year.success || String(year.data) !== annee) notFound();
  // null for another campus than the DO's: the page does not exist for them.
  const form = await getCampusChapterForm(user, slug, year.data);
  if (!form) notFound();
  const frozen = form.editionStatus === "VALIDATED";
  const recordKey = campusChapterKey(form.year, form.campus.slug);
  const workingCopy = frozen ? null : await getTextsWorkingCopy(user, "report-campus", recordKey);
  return (
    <>
      <AdminPageHeader
        title={`Bilan ${form.year} du ${form.campus.shortName}`}
        lead="Les sept sections du chapitre du campus dans le rapport annuel. Les actions de l’année viennent des fiches actions."
        crumbs={[{ href: `/admin/rapport?annee=${form.year}`, label: `Rapport annuel ${form.year}` }]}
      />
      {query.enregistre === "1" ? (
        <Notice
          tone="success"
          title={`Le bilan ${form.year} du CMQ ${form.campus.acronym} est enregistré.`}
        />
      ) : null}
      {query.soumis === "1" ? (
        <Notice tone="success" title="Les sections rédigées sont soumises à la coordination régionale." />
      ) : null}
      {query.revu === "1" ? <Notice tone="success" title="L’état de la section est enregistré." /> : null}
      {frozen ? (
        <Notice tone="info" title={`Le rapport ${form.year} est validé\u00A0: ce bilan est figé.`}>
          La coordination régionale doit rouvrir le rapport avant toute modification.
        </Notice>
      ) : null}
      {form.updatedAt ? (
        <p className="mb-6 text-sm text-muted">
          Dernière modification le {formatDateTime(form.updatedAt)}
          {form.updatedBy ? ` par ${form.updatedBy}` : ""}.
        </p>
      ) : null}
      <SectionReview form={form} isCoordinator={canManageEdition(user)} />
      <TextsForm
        action={saveCampusChapterServerAction}
        readOnly={frozen}
        submitLabel="Enregistrer le bilan"
        autosave={{
          form: "report-campus",
          recordKey,
          baseVersion: form.updatedAt?.toISOString() ?? "",
          workingCopy: workingCopy ? { ...workingCopy, savedAt: workingCopy.savedAt.toISOString() } : null,
        }}
        hidden={{
          campus: form.campus.slug,
          year: String(form.year),
          version: String(form.version),
        }}
        fields={CAMPUS_SECTION_KEYS.map((k) => ({
          name: k,
          label: CAMPUS_SECTIONS[k].label,
          hint: CAMPUS_SECTIONS[k].hint,
          value: form.sections[k],
        }))}
      />
    </>
  );
}
