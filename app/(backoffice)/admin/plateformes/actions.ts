"use server";
import { changePlatformPublication, createPlatform, updatePlatform } from "@/lib/platforms/mutations";
import type { FormState } from "@/lib/forms/state";
import type { OperationState } from "@/lib/actions/form-state";
import { runOperation, saveForm, type Values } from "../_shared/directory-actions";

export async function createPlatformAction(_previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, createPlatform, {
    createdPath: (id) => `/admin/plateformes/${id}?enregistre=cree`,
    successMessage: "Plateforme créée.",
  });
}

export async function updatePlatformAction(id: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updatePlatform(user, id, raw), {
    successMessage: "Modifications enregistrées.",
  });
}

export async function platformPublicationAction(_previous: OperationState, formData: FormData) {
  return runOperation(
    formData,
    changePlatformPublication,
    (id, operation) => `/admin/plateformes/${id}?operation=${operation}`,
  );
}
