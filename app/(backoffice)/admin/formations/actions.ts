"use server";
import { changeFormationPublication, createFormation, updateFormation } from "@/lib/formations/mutations";
import type { FormState } from "@/lib/forms/state";
import type { OperationState } from "@/lib/actions/form-state";
import { runOperation, saveForm, type Values } from "../_shared/directory-actions";

export async function createFormationAction(_previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, createFormation, {
    createdPath: (id) => `/admin/formations/${id}?enregistre=cree`,
    successMessage: "Formation créée.",
  });
}

export async function updateFormationAction(id: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateFormation(user, id, raw), {
    successMessage: "Modifications enregistrées.",
  });
}

export async function formationPublicationAction(_previous: OperationState, formData: FormData) {
  return runOperation(
    formData,
    changeFormationPublication,
    (id, operation) => `/admin/formations/${id}?operation=${operation}`,
  );
}
