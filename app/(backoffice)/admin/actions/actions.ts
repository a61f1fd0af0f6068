"use server";
/**
 * Server actions of the action screens: thin adapters that read the signed-in
 * user and call lib/actions/mutations.ts, which checks the campus scope of
 * every id (a forged id of another campus's action is "not found").
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeActionPublication, createAction, revertAction, updateAction } from "@/lib/actions/mutations";
import { actionInputSchema, actionOperationSchema } from "@/lib/actions/schema";
import { contentOf, inputToContent, snapshotToFormValues } from "@/lib/actions/form-values";
import { diffActions } from "@/lib/actions/diff";
import { loadNameLookup } from "@/lib/actions/backoffice-queries";
import {
  ACTION_NOT_FOUND,
  SESSION_EXPIRED,
  type ActionFormState,
  type OperationState,
  type SaveActionPayload,
} from "@/lib/actions/form-state";

function refreshAdmin(id?: string) {
  revalidatePath("/admin", "layout");
  if (id) revalidatePath(`/admin/actions/${id}`);
}

export async function saveActionAction(
  _previous: ActionFormState,
  payload: SaveActionPayload,
): Promise<ActionFormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  if (!payload || typeof payload !== "object")
    return { status: "error", message: "Formulaire illisible : rechargez la page." };
  const id = typeof payload.id === "string" ? payload.id : null;

  if (id === null) {
    const result = await createAction(user, payload.values);
    if (!result.ok)
      return result.reason === "invalid"
        ? {
            status: "invalid",
            message: "Le formulaire contient des erreurs.",
            fieldErrors: result.fieldErrors,
          }
        : { status: "error", message: ACTION_NOT_FOUND };
    refreshAdmin();
    redirect(`/admin/actions/${result.id}?enregistre=cree`);
  }

  const result = await updateAction(user, id, Number(payload.version), payload.values);
  if (result.ok) {
    refreshAdmin(id);
    redirect(`/admin/actions/${id}?enregistre=${result.changed ? result.version : "inchange"}`);
  }
  if (result.reason === "not_found" || result.reason === "forbidden")
    return { status: "error", message: ACTION_NOT_FOUND };
  if (result.reason === "invalid")
    return {
      status: "invalid",
      message: "Le formulaire contient des erreurs.",
      fieldErrors: result.fieldErrors,
    };

  // Conflict: show their version next to the submitted one, field by field.
  const theirs = contentOf(result.current.snapshot);
  const mine = inputToContent(actionInputSchema.parse(payload.values));
  const names = await loadNameLookup([theirs, mine]);
  const last = await db.actionRevision.findFirst({
    where: { actionId: id, version: result.current.version },
    select: { changedAt: true, changedBy: { select: { name: true } } },
  });
  return {
    status: "conflict",
    message: "Quelqu'un a enregistré cette action pendant que vous la modifiiez. Rien n'a été écrasé.",
    theirs: {
      version: result.current.version,
      values: snapshotToFormValues(result.current.snapshot),
      savedBy: last?.changedBy?.name ?? null,
      savedAt: last?.changedAt.toISOString() ?? null,
    },
    changes: diffActions(theirs, mine, names),
  };
}

export async function changePublicationAction(
  _previous: OperationState,
  formData: FormData,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const id = String(formData.get("id") ?? "");
  const operation = actionOperationSchema.safeParse(formData.get("operation"));
  if (!operation.success) return { status: "error", message: "Opération inconnue." };
  const result = await changeActionPublication(user, id, operation.data);
  if (!result.ok)
    return {
      status: "error",
      message:
        result.reason === "invalid"
          ? (result.fieldErrors._form ?? "Opération impossible.")
          : ACTION_NOT_FOUND,
    };
  refreshAdmin(id);
  const back = String(formData.get("back") ?? "");
  redirect(
    back === "archives"
      ? `/admin/archives?restauree=${id}`
      : `/admin/actions/${id}?operation=${operation.data}`,
  );
}

export async function revertActionAction(
  _previous: OperationState,
  formData: FormData,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const id = String(formData.get("id") ?? "");
  const version = Number(formData.get("version"));
  const result = await revertAction(user, id, version);
  if (!result.ok) {
    if (result.reason === "invalid")
      return { status: "error", message: result.fieldErrors._form ?? "Retour impossible." };
    if (result.reason === "conflict")
      return {
        status: "error",
        message: "L'action vient d'être modifiée : rechargez l'historique puis réessayez.",
      };
    return { status: "error", message: ACTION_NOT_FOUND };
  }
  refreshAdmin(id);
  redirect(`/admin/actions/${id}/historique?retour=${version}`);
}
