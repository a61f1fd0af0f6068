"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { changeOrganisationPublication } from "@/lib/organisations/mutations";
import { changeFormationPublication } from "@/lib/formations/mutations";
import { changePlatformPublication } from "@/lib/platforms/mutations";
import { restoreDeletedRecord } from "@/lib/audit/restore";
import { SESSION_EXPIRED, type OperationState } from "@/lib/actions/form-state";

const RESTORERS = {
  organisation: changeOrganisationPublication,
  formation: changeFormationPublication,
  platform: changePlatformPublication,
} as const;

export async function restoreDirectoryItemAction(
  _previous: OperationState,
  formData: FormData,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const type = String(formData.get("type") ?? "");
  // Own keys only: "constructor" or "toString" from a forged form are unknown types, not functions to call.
  if (!Object.hasOwn(RESTORERS, type)) return { status: "error", message: "Type d'élément inconnu." };
  const restore = RESTORERS[type as keyof typeof RESTORERS];
  const result = await restore(user, String(formData.get("id") ?? ""), "restore");
  if (!result.ok)
    return {
      status: "error",
      message:
        result.reason === "invalid"
          ? (result.fieldErrors._form ?? "Restauration impossible.")
          : "Élément introuvable.",
    };
  revalidatePath("/admin", "layout");
  redirect(`/admin/archives?restauree=${result.id}`);
}

export async function restoreDeletedAction(
  _previous: OperationState,
  formData: FormData,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const result = await restoreDeletedRecord(user, String(formData.get("auditId") ?? ""));
  if (!result.ok)
    return {
      status: "error",
      message:
        result.reason === "invalid"
          ? (result.fieldErrors._form ?? "Restauration impossible.")
          : (result.message ?? "Élément introuvable."),
    };
  revalidatePath("/admin", "layout");
  redirect(`/admin/archives?restauree=${result.id}`);
}
