"use server";
/** Server actions of the coordinator's account management (authorization in lib/users/mutations.ts). */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { formDataToObject, INVALID_FORM } from "@/lib/forms/state";
import type { ResetState, UserFormState, UserFormValues } from "@/lib/users/form-state";
import { SESSION_EXPIRED, type OperationState } from "@/lib/actions/form-state";

function values(formData: FormData): UserFormValues {
  const o = formDataToObject(formData) as Record<string, string>;
  return { name: o.name ?? "", email: o.email ?? "", role: o.role ?? "", campusId: o.campusId ?? "" };
}

const REFUSED = "Action réservée à la coordination régionale.";

export async function createUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const user = await getCurrentUser();
  const v = values(formData);
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: v };
  const result = await createUser(user, { ...v, password: String(formData.get("password") ?? "") });
  if (!result.ok) {
    if (result.reason === "invalid")
      return { status: "invalid", message: INVALID_FORM, fieldErrors: result.fieldErrors, values: v };
    return { status: "error", message: REFUSED, values: v };
  }
  revalidatePath("/admin/utilisateurs");
  if (!result.generatedPassword) redirect(`/admin/utilisateurs/${result.id}?enregistre=cree`);
  return {
    status: "success",
    message: `Compte créé pour ${v.email}.`,
    values: { name: "", email: "", role: "", campusId: "" },
    generatedPassword: result.generatedPassword,
    createdId: result.id,
  };
}

export async function updateUserAction(
  id: string,
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const user = await getCurrentUser();
  const v = values(formData);
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: v };
  const result = await updateUser(user, id, v);
  if (!result.ok) {
    if (result.reason === "invalid")
      return { status: "invalid", message: INVALID_FORM, fieldErrors: result.fieldErrors, values: v };
    return {
      status: "error",
      message: result.reason === "not_found" ? "Compte introuvable." : REFUSED,
      values: v,
    };
  }
  revalidatePath("/admin/utilisateurs");
  return { status: "success", message: "Compte enregistré.", values: v };
}

export async function setUserActiveAction(
  _previous: OperationState,
  formData: FormData,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const id = String(formData.get("id") ?? "");
  const active = formData.get("active") === "1";
  const result = await setUserActive(user, id, active);
  if (!result.ok)
    return {
      status: "error",
      message:
        result.reason === "invalid"
          ? (result.fieldErrors._form ?? "Opération impossible.")
          : result.reason === "not_found"
            ? "Compte introuvable."
            : REFUSED,
    };
  revalidatePath("/admin/utilisateurs");
  redirect(`/admin/utilisateurs/${id}?enregistre=${active ? "reactive" : "desactive"}`);
}

export async function resetPasswordAction(
  id: string,
  _previous: ResetState,
  formData: FormData,
): Promise<ResetState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const result = await resetUserPassword(user, id, { password: String(formData.get("password") ?? "") });
  if (!result.ok) {
    if (result.reason === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors };
    return { status: "error", message: result.reason === "not_found" ? "Compte introuvable." : REFUSED };
  }
  return { status: "success", generatedPassword: result.generatedPassword };
}
