"use server";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/governance/mutations";
import type { FormState } from "@/lib/forms/state";
import type { OperationState } from "@/lib/actions/form-state";
import { runDelete, saveForm, type Values } from "../_shared/directory-actions";

export async function createMeetingAction(_previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, createMeeting, {
    createdPath: (id) => `/admin/gouvernance/${id}?enregistre=cree`,
    successMessage: "Réunion créée.",
  });
}

export async function updateMeetingAction(id: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateMeeting(user, id, raw), {
    successMessage: "Modifications enregistrées.",
  });
}

export async function deleteMeetingAction(_previous: OperationState, formData: FormData) {
  return runDelete(formData, deleteMeeting, "/admin/gouvernance?supprime=1");
}
