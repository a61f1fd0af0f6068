import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Notice } from "@/components/forms/notice";
import { OperationForm } from "@/components/forms/operation-form";
import { AxisForm, CampusForm, RoleForm, SocialLinkForm } from "@/components/forms/campus-forms";
import { requireCoordinator, requireRecord } from "@/lib/auth/guards";
import { getCampusForEdit } from "@/lib/campuses/backoffice-queries";
import { listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { campusShortName } from "@/lib/campuses/names";
import { campusFormValues } from "@/lib/campuses/schema";
import { SOCIAL_NETWORK_LABELS } from "@/lib/labels";
import { listOwnerMedia } from "@/lib/media/backoffice-queries";
import { LogoSection } from "@/components/media/media-section";
import { AddBox, EditableList, EditSection } from "@/components/admin/editable-list";
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

export default async function CampusPage(props: PageProps<"/admin/campus/[slug]">) {
  const page = await requireRecord(requireCoordinator, props, "slug", getCampusForEdit);
  const { user, record: campus, searchParams: sp } = page;
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
      <EditSection id="presentation" title="Présentation et contacts" className="mb-12">
        <CampusForm
          action={updateCampusServerAction.bind(null, campus.slug)}
          initial={campusFormValues(campus)}
        />
      </EditSection>

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
      <EditSection id="axes" title="Axes" className="mb-12">
        <EditableList
          items={campus.axes}
          edit={(axis, i) => (
            <AxisForm
              action={updateAxisServerAction.bind(null, axis.id)}
              initial={{ title: axis.title, description: axis.description ?? "" }}
              isCreation={false}
              index={i}
            />
          )}
          remove={(axis, i) => (
            <OperationForm
              action={deleteAxisServerAction.bind(null, campus.slug)}
              fields={{ id: axis.id }}
              label={`Retirer l’axe ${i + 1}`}
              variant="link"
              confirm={`Retirer l’axe «\u202F${axis.title}\u202F»\u202F? ${
                axis._count.actions === 0
                  ? "Aucune action n’y est rattachée."
                  : axis._count.actions === 1
                    ? "Une action y est rattachée\u00A0: elle restera sans axe."
                    : `${formatCount(axis._count.actions, plural("action"))} y sont rattachées\u00A0: elles resteront sans axe.`
              }`}
            />
          )}
          addTitle="Ajouter un axe"
          add={
            <AxisForm
              action={createAxisServerAction.bind(null, campus.slug)}
              initial={{}}
              isCreation
              index={campus.axes.length}
            />
          }
        />
      </EditSection>

      <EditSection id="fonctions" title="Fonctions et personnes" className="mb-12">
        <EditableList
          items={campus.roles}
          edit={(role, i) => (
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
          )}
          remove={(role, i) => (
            <OperationForm
              action={deleteRoleServerAction.bind(null, campus.slug)}
              fields={{ id: role.id }}
              label={`Retirer la fonction ${i + 1}`}
              variant="link"
              confirm="Retirer cette fonction&#x202F;?"
            />
          )}
          addTitle="Ajouter une fonction"
          add={
            <RoleForm
              action={createRoleServerAction.bind(null, campus.slug)}
              initial={{}}
              isCreation
              index={campus.roles.length}
              organisations={organisations}
            />
          }
        />
      </EditSection>

      <EditSection id="reseaux" title="Site et réseaux sociaux">
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
        <AddBox title="Ajouter ou remplacer un lien">
          <SocialLinkForm
            action={saveSocialLinkServerAction.bind(null, campus.slug)}
            initial={{}}
            index={0}
          />
        </AddBox>
      </EditSection>
    </>
  );
}
