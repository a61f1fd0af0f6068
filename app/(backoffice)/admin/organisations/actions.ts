"use server";
import {
  changeOrganisationPublication,
  createOrganisation,
  updateOrganisation,
} from "@/lib/organisations/mutations";
import type { FormState } from "@/lib/forms/state";
import type { OperationState } from "@/lib/actions/form-state";
import { runOperation, saveForm, type Values } from "../_shared/directory-actions";

export async function createOrganisationAction(_previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, createOrganisation, {
    createdPath: (id) => `/admin/organisations/${id}?enregistre=cree`,
    successMessage: "Organisation créée.",
  });
}

export async function updateOrganisationAction(id: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateOrganisation(user, id, raw), {
    successMessage: "Modifications enregistrées.",
  });
}

export async function organisationPublicationAction(_previous: OperationState, formData: FormData) {
  return runOperation(
    formData,
    changeOrganisationPublication,
    (id, operation) => `/admin/organisations/${id}?operation=${operation}`,
  );
}
