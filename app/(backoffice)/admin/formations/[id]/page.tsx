import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationButtons } from "@/components/admin/publication-buttons";
import { PublicationTag } from "@/components/admin/tags";
import { bannerFor } from "@/components/admin/operation-messages";
import { Notice } from "@/components/forms/notice";
import { FormationForm } from "@/components/forms/formation-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getFormationForEdit, listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { changeFormationPublicationServerAction, updateFormationServerAction } from "../server-actions";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Formation" };

export default async function FormationPage({ params, searchParams }: PageProps<"/admin/formations/[id]">) {
  const user = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const f = await getFormationForEdit(user, id);
  if (!f) notFound();
  const [organisations, campuses] = await Promise.all([
    listOrganisationChoices(user),
    listCampusesForAdmin(user),
  ]);
  const banner = bannerFor(sp);
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
      {banner ? <Notice tone="success" title={banner} /> : null}
      <section aria-labelledby="titre-publication" className="mb-8 rounded border border-line bg-subtle p-4">
        <h2 id="titre-publication" className="mb-2 font-bold">
          Publication
        </h2>
        <PublicationButtons
          id={f.id}
          publication={f.publication}
          action={changeFormationPublicationServerAction}
        />
      </section>
      <FormationForm
        action={updateFormationServerAction.bind(null, f.id)}
        isCreation={false}
        campuses={campuses.map((c) => ({ value: c.id, label: c.shortName }))}
        organisations={organisations}
        initial={{
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
