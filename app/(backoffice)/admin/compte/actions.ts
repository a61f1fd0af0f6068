"use server";
import { getCurrentUser } from "@/lib/auth/session";
import { currentSessionId } from "@/lib/auth/config";
import { changeOwnPassword } from "@/lib/users/mutations";
import { INVALID_FORM, type FormState } from "@/lib/forms/state";
import { SESSION_EXPIRED } from "@/lib/actions/form-state";

type Empty = Record<string, never>;

export async function changeOwnPasswordAction(
  _previous: FormState<Empty>,
  formData: FormData,
): Promise<FormState<Empty>> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: {} };
  const result = await changeOwnPassword(user, await currentSessionId(), {
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    confirmation: String(formData.get("confirmation") ?? ""),
  });
  if (result.ok)
    return {
      status: "success",
      message: "Votre mot de passe est modifié. Vos autres sessions sont fermées.",
      values: {},
    };
  if (result.reason === "invalid")
    return { status: "invalid", message: INVALID_FORM, fieldErrors: result.fieldErrors, values: {} };
  return { status: "error", message: "Compte introuvable ou désactivé.", values: {} };
}
