import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ActionForm } from "@/components/forms/action-form/action-form";
import { requireUser } from "@/lib/auth/session";
import { getActionFormOptions } from "@/lib/actions/backoffice-queries";
import { emptyActionFormValues } from "@/lib/actions/schema";
import { saveActionServerAction } from "../server-actions";
import { campusUserMustKeep } from "@/lib/auth/permissions";
import { getActionWorkingCopy } from "@/lib/working-copies/queries";

export const metadata: Metadata = { title: "Créer une action" };

export default async function NewActionPage() {
  const user = await requireUser();
  const [options, workingCopy] = await Promise.all([
    getActionFormOptions(user),
    getActionWorkingCopy(user, null),
  ]);
  return (
    <>
      <AdminPageHeader
        title="Créer une action"
        lead="L’action est enregistrée comme brouillon, invisible du public jusqu’à sa publication."
        crumbs={[
          { href: "/admin", label: "Tableau de bord" },
          { href: "/admin/actions", label: "Actions" },
        ]}
      />
      <ActionForm
        actionId={null}
        initialValues={emptyActionFormValues(user.campusId)}
        initialVersion={0}
        options={options}
        lockedCampusId={campusUserMustKeep(user)}
        saveAction={saveActionServerAction}
        workingCopy={workingCopy ? { ...workingCopy, savedAt: workingCopy.savedAt.toISOString() } : null}
      />
    </>
  );
}
