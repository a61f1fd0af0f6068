import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationTag } from "@/components/admin/tags";
import { formatDateTime } from "@/lib/text/format";
import { Notice } from "@/components/forms/notice";
import { ActionEditor } from "@/components/forms/action-form/action-editor";
import { requireUser } from "@/lib/auth/session";
import { requireRecord } from "@/lib/auth/guards";
import { getActionForEdit, getActionFormOptions } from "@/lib/actions/backoffice-queries";
import { publicActionPath } from "@/lib/actions/public-paths";
import { changeActionPublicationServerAction, saveActionServerAction } from "../server-actions";
import { campusUserMustKeep } from "@/lib/auth/permissions";
import { listOwnerMedia } from "@/lib/media/backoffice-queries";
import { ActionMediaSection } from "@/components/media/media-section";
import { deleteMediaServerAction } from "../../fichiers/server-actions";
import { getActionWorkingCopy } from "@/lib/working-copies/queries";

export const metadata: Metadata = { title: "Modifier une action" };

const OPERATION_MESSAGES: Record<string, string> = {
  publish: "L’action est publiée\u00A0: elle est visible sur le site public.",
  unpublish: "L’action est retirée de la publication\u00A0: elle redevient un brouillon invisible du public.",
  archive: "L’action est archivée. Vous pouvez la restaurer à tout moment depuis cette page ou les archives.",
  restore: "L’action est restaurée comme brouillon. Publiez-la pour la rendre de nouveau visible.",
};

export default async function EditActionPage(props: PageProps<"/admin/actions/[id]">) {
  // getActionForEdit returns null for an action a DO may not open (another campus's).
  const page = await requireRecord(requireUser, props, "id", getActionForEdit);
  const { user, record: action, searchParams: sp } = page;
  const [options, media, workingCopy] = await Promise.all([
    getActionFormOptions(user),
    listOwnerMedia(user, "ACTION", action.id),
    getActionWorkingCopy(user, action.id),
  ]);
  const saved = typeof sp.enregistre === "string" ? sp.enregistre : null;
  const operation = typeof sp.operation === "string" ? OPERATION_MESSAGES[sp.operation] : undefined;
  return (
    <>
      <AdminPageHeader
        title={action.title}
        lead={
          <>
            <PublicationTag publication={action.publication} /> Version {action.version}, modifiée le{" "}
            {formatDateTime(action.updatedAt)}
            {action.updatedByName ? ` par ${action.updatedByName}` : ""}.
          </>
        }
        crumbs={[
          { href: "/admin", label: "Tableau de bord" },
          { href: "/admin/actions", label: "Actions" },
        ]}
      />
      {saved ? (
        <Notice
          tone="success"
          title={
            saved === "cree"
              ? "Action créée."
              : saved === "inchange"
                ? "Aucune modification à enregistrer."
                : "Modifications enregistrées."
          }
        >
          {saved === "cree"
            ? "Elle est enregistrée comme brouillon\u00A0: publiez-la quand elle est prête."
            : action.publication === "PUBLISHED"
              ? "Elles sont visibles dès maintenant sur le site public."
              : null}
        </Notice>
      ) : null}
      {operation ? <Notice tone="success" title={operation} /> : null}
      {action.publication === "ARCHIVED" ? (
        <Notice tone="warning" title="Cette action est archivée.">
          Elle n’apparaît plus sur le site public
          {action.archivedAt ? ` depuis le ${formatDateTime(action.archivedAt)}` : ""}. Restaurez-la pour la
          modifier.
        </Notice>
      ) : null}
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/admin/actions/${action.id}/apercu`}>Aperçu de la page publique</Link>
        </li>
        <li>
          <Link href={`/admin/actions/${action.id}/historique`}>Historique des modifications</Link>
        </li>
        {action.publication === "PUBLISHED" && action.leadCampusSlug ? (
          <li>
            <a href={publicActionPath(action.leadCampusSlug, action.slug)}>Voir la page publique</a>
          </li>
        ) : null}
      </ul>
      <ActionEditor
        key={action.version}
        id={action.id}
        version={action.version}
        publication={action.publication}
        values={action.values}
        options={options}
        lockedCampusId={campusUserMustKeep(user)}
        saveAction={saveActionServerAction}
        operationAction={changeActionPublicationServerAction}
        workingCopy={workingCopy ? { ...workingCopy, savedAt: workingCopy.savedAt.toISOString() } : null}
      />
      <ActionMediaSection
        actionId={action.id}
        items={media ?? []}
        deleteAction={deleteMediaServerAction}
        readOnly={action.publication === "ARCHIVED"}
      />
    </>
  );
}
