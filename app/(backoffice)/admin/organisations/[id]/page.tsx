import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationButtons } from "@/components/admin/publication-buttons";
import { PublicationTag } from "@/components/admin/tags";
import { bannerFor } from "@/components/admin/operation-messages";
import { Notice } from "@/components/forms/notice";
import { OrganisationForm } from "@/components/forms/organisation-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getOrganisationForEdit } from "@/lib/organisations/backoffice-queries";
import { changeOrganisationPublicationServerAction, updateOrganisationServerAction } from "../server-actions";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage({
  params,
  searchParams,
}: PageProps<"/admin/organisations/[id]">) {
  const user = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const org = await getOrganisationForEdit(user, id);
  if (!org) notFound();
  const banner = bannerFor(sp);
  return (
    <>
      <AdminPageHeader
        title={org.name}
        lead={
          <>
            <PublicationTag publication={org.publication} /> Liée à{" "}
            {formatCount(org._count.actionLinks, plural("action"))},{" "}
            {formatCount(org._count.fundings, plural("financement"))},{" "}
            {formatCount(org._count.formations, plural("formation"))}, {org._count.campusLinks} campus.
          </>
        }
        crumbs={[{ href: "/admin/organisations", label: "Organisations" }]}
      />
      {banner ? <Notice tone="success" title={banner} /> : null}
      {org.publication === "DRAFT" ? (
        <Notice tone="warning" title="Organisation en attente de validation.">
          Vérifiez ses informations (un doublon existe peut-être déjà dans l&apos;annuaire), puis validez-la
          pour qu&apos;elle apparaisse sur le site public.
        </Notice>
      ) : null}
      <section aria-labelledby="titre-publication" className="mb-8 rounded border border-line bg-subtle p-4">
        <h2 id="titre-publication" className="mb-2 font-bold">
          Publication
        </h2>
        <PublicationButtons
          id={org.id}
          publication={org.publication}
          action={changeOrganisationPublicationServerAction}
          publishLabel="Valider et publier"
        />
      </section>
      <OrganisationForm
        action={updateOrganisationServerAction.bind(null, org.id)}
        initial={{
          name: org.name,
          acronym: org.acronym ?? "",
          kind: org.kind,
          website: org.website ?? "",
          city: org.city ?? "",
          departement: org.departement ?? "",
          description: org.description ?? "",
          slug: org.slug,
        }}
        isCreation={false}
      />
      <p className="mt-6">
        <Link href={`/admin/journal?element=${org.id}`}>
          Historique de cette organisation dans le journal
        </Link>
      </p>
    </>
  );
}
