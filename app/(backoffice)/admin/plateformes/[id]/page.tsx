import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationSection } from "@/components/admin/publication-buttons";
import { PublicationTag } from "@/components/admin/tags";
import { OperationBanner } from "@/components/admin/operation-banner";
import { PlatformForm } from "@/components/forms/platform-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getPlatformForEdit } from "@/lib/platforms/backoffice-queries";
import { listEntryFormChoices } from "@/lib/directory/form-choices";
import { changePlatformPublicationServerAction, updatePlatformServerAction } from "../server-actions";

export const metadata: Metadata = { title: "Plateforme technologique" };

export default async function PlatformPage({ params, searchParams }: PageProps<"/admin/plateformes/[id]">) {
  const user = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const p = await getPlatformForEdit(user, id);
  if (!p) notFound();
  const choices = await listEntryFormChoices(user);
  return (
    <>
      <AdminPageHeader
        title={p.name}
        lead={<PublicationTag publication={p.publication} />}
        crumbs={[{ href: "/admin/plateformes", label: "Plateformes technologiques" }]}
      />
      <OperationBanner searchParams={sp} />
      <PublicationSection
        id={p.id}
        publication={p.publication}
        action={changePlatformPublicationServerAction}
      />
      <PlatformForm
        action={updatePlatformServerAction.bind(null, p.id)}
        isCreation={false}
        {...choices}
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
