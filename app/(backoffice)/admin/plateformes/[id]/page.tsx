import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationButtons } from "@/components/admin/publication-buttons";
import { PublicationTag } from "@/components/admin/tags";
import { bannerFor } from "@/components/admin/operation-messages";
import { Notice } from "@/components/forms/notice";
import { PlatformForm } from "@/components/forms/platform-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getPlatformForEdit } from "@/lib/platforms/backoffice-queries";
import { listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { changePlatformPublicationServerAction, updatePlatformServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Plateforme technologique" };

export default async function PlatformPage({ params, searchParams }: PageProps<"/admin/plateformes/[id]">) {
  const user = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const p = await getPlatformForEdit(user, id);
  if (!p) notFound();
  const [organisations, campuses] = await Promise.all([
    listOrganisationChoices(user),
    listCampusesForAdmin(user),
  ]);
  const banner = bannerFor(sp);
  return (
    <>
      <AdminPageHeader
        title={p.name}
        lead={<PublicationTag publication={p.publication} />}
        crumbs={[{ href: "/admin/plateformes", label: "Plateformes technologiques" }]}
      />
      {banner ? <Notice tone="success" title={banner} /> : null}
      <section aria-labelledby="titre-publication" className="mb-8 rounded border border-line bg-subtle p-4">
        <h2 id="titre-publication" className="mb-2 font-bold">
          Publication
        </h2>
        <PublicationButtons
          id={p.id}
          publication={p.publication}
          action={changePlatformPublicationServerAction}
        />
      </section>
      <PlatformForm
        action={updatePlatformServerAction.bind(null, p.id)}
        isCreation={false}
        campuses={campuses.map((c) => ({ value: c.id, label: c.shortName }))}
        organisations={organisations}
        initial={{
          version: String(p.version),
          name: p.name,
          acronym: p.acronym ?? "",
          domain: p.domain ?? "",
          isLabelled: p.isLabelled === null ? "inconnu" : p.isLabelled ? "oui" : "non",
          hostId: p.hostId ?? "",
          commune: p.commune ?? "",
          departement: p.departement ?? "",
          description: p.description,
          position: String(p.position),
          campusIds: p.campuses.map((c) => c.campusId),
          slug: p.slug,
        }}
      />
    </>
  );
}
