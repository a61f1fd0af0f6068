import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Notice } from "@/components/forms/notice";
import { OperationForm } from "@/components/forms/operation-form";
import { AxisForm, CampusForm, RoleForm, SocialLinkForm } from "@/components/forms/campus-forms";
import { requireCoordinator } from "@/lib/auth/guards";
import { getCampusForEdit } from "@/lib/campuses/backoffice-queries";
import { listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { campusShortName } from "@/lib/campuses/names";
import { SOCIAL_NETWORK_LABELS } from "@/lib/labels";
import { listOwnerMedia } from "@/lib/media/backoffice-queries";
import { LogoSection } from "@/components/media/media-section";
import { deleteMediaServerAction } from "../../fichiers/server-actions";
import {
  createAxisServerAction,
  createRoleServerAction,
  deleteAxisServerAction,
  deleteRoleServerAction,
  deleteSocialLinkServerAction,
  saveSocialLinkServerAction,
  updateAxisServerAction,
  updateCampusServerAction,
  updateRoleServerAction,
} from "../server-actions";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Campus" };

const SAVED: Record<string, string> = {
  axe: "Axe ajouté.",
  fonction: "Fonction ajoutée.",
  lien: "Lien enregistré.",
  retire: "Élément retiré (conservé dans le journal).",
};

export default async function CampusPage({ params, searchParams }: PageProps<"/admin/campus/[slug]">) {
  const user = await requireCoordinator();
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const campus = await getCampusForEdit(user, slug);
  if (!campus) notFound();
  const [organisations, media] = await Promise.all([
    listOrganisationChoices(user),
    listOwnerMedia(user, "CAMPUS", campus.id),
  ]);
  const saved = typeof sp.enregistre === "string" ? SAVED[sp.enregistre] : undefined;
  return (
    <>
      <AdminPageHeader
        title={campusShortName(campus.name)}
        crumbs={[{ href: "/admin/campus", label: "Campus" }]}
      />
      {saved ? <Notice tone="success" title={saved} /> : null}
      <section aria-labelledby="presentation" className="mb-12">
        <h2 id="presentation" className="mb-4 text-xl font-bold">
          Présentation et contacts
        </h2>
        <CampusForm
          action={updateCampusServerAction.bind(null, campus.slug)}
          initial={{
            version: String(campus.version),
            name: campus.name,
            alias: campus.alias ?? "",
            email: campus.email,
            siteUrl: campus.siteUrl ?? "",
            labelYear: String(campus.labelYear),
            legalForm: campus.legalForm,
            plannedLegalForm: campus.plannedLegalForm ?? "",
            plannedChange: campus.plannedChange ?? "",
            sectors: campus.sectors.join("\n"),
            presentation: campus.presentation,
            strategy: campus.strategy,
            governanceNotes: campus.governanceNotes,
          }}
        />
      </section>

      <div className="mb-12">
        <LogoSection
          title="Logo du campus"
          ownerKind="CAMPUS"
          ownerId={campus.id}
          items={media ?? []}
          deleteAction={deleteMediaServerAction}
          defaultAlt={campus.name}
        />
      </div>
      <section aria-labelledby="axes" className="mb-12">
        <h2 id="axes" className="mb-4 text-xl font-bold">
          Axes
        </h2>
        <ol className="flex flex-col gap-6">
          {campus.axes.map((axis, i) => (
            <li key={axis.id} className="rounded border border-line p-4">
              <AxisForm
                action={updateAxisServerAction.bind(null, axis.id)}
                initial={{ title: axis.title, description: axis.description ?? "" }}
                isCreation={false}
                index={i}
              />
              <div className="mt-3">
                <OperationForm
                  action={deleteAxisServerAction.bind(null, campus.slug)}
                  fields={{ id: axis.id }}
                  label={`Retirer l'axe ${i + 1}`}
                  variant="link"
                  confirm={`Retirer l'axe « ${axis.title} » ? ${
                    axis._count.actions === 0
                      ? "Aucune action n'y est rattachée."
                      : axis._count.actions === 1
                        ? "Une action y est rattachée : elle restera sans axe."
                        : `${formatCount(axis._count.actions, plural("action"))} y sont rattachées : elles resteront sans axe.`
                  }`}
                />
              </div>
            </li>
          ))}
        </ol>
        <div className="mt-6 rounded border border-dashed border-line p-4">
          <h3 className="mb-3 font-bold">Ajouter un axe</h3>
          <AxisForm
            action={createAxisServerAction.bind(null, campus.slug)}
            initial={{}}
            isCreation
            index={campus.axes.length}
          />
        </div>
      </section>

      <section aria-labelledby="fonctions" className="mb-12">
        <h2 id="fonctions" className="mb-4 text-xl font-bold">
          Fonctions et personnes
        </h2>
        <ol className="flex flex-col gap-6">
          {campus.roles.map((role, i) => (
            <li key={role.id} className="rounded border border-line p-4">
              <RoleForm
                action={updateRoleServerAction.bind(null, role.id)}
                initial={{
                  role: role.role,
                  personName: role.personName ?? "",
                  note: role.note ?? "",
                  organisationId: role.organisationId ?? "",
                }}
                isCreation={false}
                index={i}
                organisations={organisations}
              />
              <div className="mt-3">
                <OperationForm
                  action={deleteRoleServerAction.bind(null, campus.slug)}
                  fields={{ id: role.id }}
                  label={`Retirer la fonction ${i + 1}`}
                  variant="link"
                  confirm="Retirer cette fonction ?"
                />
              </div>
            </li>
          ))}
        </ol>
        <div className="mt-6 rounded border border-dashed border-line p-4">
          <h3 className="mb-3 font-bold">Ajouter une fonction</h3>
          <RoleForm
            action={createRoleServerAction.bind(null, campus.slug)}
            initial={{}}
            isCreation
            index={campus.roles.length}
            organisations={organisations}
          />
        </div>
      </section>

      <section aria-labelledby="reseaux">
        <h2 id="reseaux" className="mb-4 text-xl font-bold">
          Site et réseaux sociaux
        </h2>
        <ul className="mb-6 flex flex-col gap-2">
          {campus.socialLinks.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center gap-4">
              <span>
                {SOCIAL_NETWORK_LABELS[l.network]}&nbsp;: <a href={l.url}>{l.url}</a>
              </span>
              <OperationForm
                action={deleteSocialLinkServerAction.bind(null, campus.slug)}
                fields={{ id: l.id }}
                label={`Retirer le lien ${SOCIAL_NETWORK_LABELS[l.network]}`}
                variant="link"
              />
            </li>
          ))}
        </ul>
        <div className="rounded border border-dashed border-line p-4">
          <h3 className="mb-3 font-bold">Ajouter ou remplacer un lien</h3>
          <SocialLinkForm
            action={saveSocialLinkServerAction.bind(null, campus.slug)}
            initial={{}}
            index={0}
          />
        </div>
      </section>
    </>
  );
}
