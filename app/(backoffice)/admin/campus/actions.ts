"use server";
import {
  createAxis,
  createRole,
  deleteAxis,
  deleteRole,
  deleteSocialLink,
  saveSocialLink,
  updateAxis,
  updateCampus,
  updateRole,
} from "@/lib/campuses/mutations";
import type { FormState } from "@/lib/forms/state";
import type { OperationState } from "@/lib/actions/form-state";
import { runDelete, saveForm, type Values } from "../_shared/directory-actions";

export async function updateCampusAction(slug: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateCampus(user, slug, raw), {
    successMessage: "Présentation et contacts enregistrés.",
  });
}

export async function createAxisAction(slug: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => createAxis(user, slug, raw), {
    createdPath: () => `/admin/campus/${slug}?enregistre=axe#axes`,
    successMessage: "Axe ajouté.",
  });
}

export async function updateAxisAction(axisId: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateAxis(user, axisId, raw), {
    successMessage: "Axe enregistré.",
  });
}

export async function deleteAxisAction(slug: string, _previous: OperationState, formData: FormData) {
  return runDelete(formData, deleteAxis, `/admin/campus/${slug}?enregistre=retire#axes`);
}

export async function createRoleAction(slug: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => createRole(user, slug, raw), {
    createdPath: () => `/admin/campus/${slug}?enregistre=fonction#fonctions`,
    successMessage: "Fonction ajoutée.",
  });
}

export async function updateRoleAction(roleId: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => updateRole(user, roleId, raw), {
    successMessage: "Fonction enregistrée.",
  });
}

export async function deleteRoleAction(slug: string, _previous: OperationState, formData: FormData) {
  return runDelete(formData, deleteRole, `/admin/campus/${slug}?enregistre=retire#fonctions`);
}

export async function saveSocialLinkAction(slug: string, _previous: FormState<Values>, formData: FormData) {
  return saveForm(formData, (user, raw) => saveSocialLink(user, slug, raw), {
    createdPath: () => `/admin/campus/${slug}?enregistre=lien#reseaux`,
    successMessage: "Lien enregistré.",
  });
}

export async function deleteSocialLinkAction(slug: string, _previous: OperationState, formData: FormData) {
  return runDelete(formData, deleteSocialLink, `/admin/campus/${slug}?enregistre=retire#reseaux`);
}
