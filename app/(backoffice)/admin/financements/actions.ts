"use server";
import { createFunding, deleteFunding, updateFunding } from "@/lib/fundings/mutations";
import type { FormState } from "@/lib/forms/state";
import type { OperationState } from "@/lib/actions/form-state";
import { runDelete, saveForm, type Values } from "../_shared/directory-actions";

export async function createFundingAction(_previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, createFunding, {
    createdPath: (id) => `/admin/financements/${id}?enregistre=cree`,
    successMessage: "Financement créé.",
  });
}

export async function updateFundingAction(id: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateFunding(user, id, raw), {
    successMessage: "Modifications enregistrées.",
  });
}

export async function deleteFundingAction(_previous: OperationState, formData: FormData) {
  return runDelete(formData, deleteFunding, "/admin/financements?supprime=1");
}
