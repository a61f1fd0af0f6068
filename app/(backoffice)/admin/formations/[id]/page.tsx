import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationSection } from "@/components/admin/publication-buttons";
import { PublicationTag } from "@/components/admin/tags";
import { OperationBanner } from "@/components/admin/operation-banner";
import { FormationForm } from "@/components/forms/formation-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getFormationForEdit } from "@/lib/formations/backoffice-queries";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { changeFormationPublicationServerAction, updateFormationServerAction } from "../server-actions";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Formation" };

export default async function FormationPage({ params, searchParams }: PageProps<"/admin/formations/[id]">) {
  const user = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const f = await getFormationForEdit(user, id);
  if (!f) notFound();
  const choices = await listEntryFormChoices(user);
  return (
    <>
      <AdminPageHeader
        title={f.title}
        lead={
          <>
            <PublicationTag publication={f.publication} /> Liée à{" "}
            {formatCount(f._count.actions, plural("action"))}.
          </>
        }
        crumbs={[{ href: "/admin/formations", label: "Formations" }]}
      />
      <OperationBanner searchParams={sp} />
      <PublicationSection
        id={f.id}
        publication={f.publication}
        action={changeFormationPublicationServerAction}
      />
      <FormationForm
        action={updateFormationServerAction.bind(null, f.id)}
        isCreation={false}
        {...choices}
        initial={{
          version: String(f.version),
          title: f.title,
          diploma: f.diploma,
          level: f.level ? String(f.level) : "",
          modalities: f.modalities,
          establishmentId: f.establishmentId ?? "",
          commune: f.commune ?? "",
          departement: f.departement ?? "",
          rncp: f.rncp ?? "",
          cfd: f.cfd ?? "",
          duration: f.duration ?? "",
          admission: f.admission ?? "",
          nextSession: f.nextSession ?? "",
          applicationUrl: f.applicationUrl ?? "",
          state: f.state,
          description: f.description,
          campusIds: f.campuses.map((c) => c.campusId),
          slug: f.slug,
        }}
      />
    </>
  );
}
