import "server-only";
/**
 * The common shape of the coordinator's directory server actions: read the
 * signed-in user, hand the submitted values to a lib mutation (which decides
 * permissions and validity), answer errors with the values kept, redirect or
 * confirm on success.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { formDataToObject, INVALID_FORM, type FormState } from "@/lib/forms/state";
import { publicationOperationSchema, type PublicationOperation } from "@/lib/forms/publication";
import { SESSION_EXPIRED, type OperationState } from "@/lib/actions/form-state";
import type { Saved as DirectoryResult } from "@/lib/directory/write";

export type Values = Record<string, string | string[]>;

const REFUSED = "Action réservée à la coordination régionale.";

export async function saveForm(
  formData: FormData,
  run: (user: SessionUser, raw: Values) => Promise<DirectoryResult>,
  options: { createdPath?: (id: string) => string; successMessage: string },
): Promise<FormState<Values>> {
  const values = formDataToObject(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED, values };
  const result = await run(user, values);
  if (!result.ok) {
    if (result.reason === "invalid")
      return { status: "invalid", message: INVALID_FORM, fieldErrors: result.fieldErrors, values };
    return {
      status: "error",
      message: result.reason === "not_found" ? "Élément introuvable." : REFUSED,
      values,
    };
  }
  revalidatePath("/admin", "layout");
  if (options.createdPath) redirect(options.createdPath(result.id));
  return { status: "success", message: options.successMessage, values };
}

export async function runOperation(
  formData: FormData,
  run: (user: SessionUser, id: string, operation: PublicationOperation) => Promise<DirectoryResult>,
  path: (id: string, operation: PublicationOperation) => string,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const operation = publicationOperationSchema.safeParse(formData.get("operation"));
  if (!operation.success) return { status: "error", message: "Opération inconnue." };
  const result = await run(user, String(formData.get("id") ?? ""), operation.data);
  if (!result.ok)
    return {
      status: "error",
      message:
        result.reason === "invalid"
          ? (result.fieldErrors._form ?? "Opération impossible.")
          : result.reason === "not_found"
            ? "Élément introuvable."
            : REFUSED,
    };
  revalidatePath("/admin", "layout");
  redirect(path(result.id, operation.data));
}

/** Deletions (funding lines, meetings, axes, roles…): kept in the audit log. */
export async function runDelete(
  formData: FormData,
  run: (user: SessionUser, id: string) => Promise<DirectoryResult>,
  path: string,
): Promise<OperationState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const result = await run(user, String(formData.get("id") ?? ""));
  if (!result.ok)
    return { status: "error", message: result.reason === "not_found" ? "Élément introuvable." : REFUSED };
  revalidatePath("/admin", "layout");
  redirect(path);
}
