"use server";
/**
 * Server actions of the report campaign. Each one reads the session itself
 * and hands the raw form to lib/report/mutations.ts, which validates and
 * authorizes; nothing sent by the browser is trusted here.
 */
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { formDataToObject, INVALID_FORM, type FormState } from "@/lib/forms/state";
import { reopenEdition, saveCampusChapter, saveRegionParts, validateEdition } from "@/lib/report/mutations";
import type { Failure } from "@/lib/result";

export type TextsValues = Record<string, string>;
const SESSION_EXPIRED = "Votre session a expiré : reconnectez-vous, puis enregistrez à nouveau.";

function toState(result: Failure, values: TextsValues): FormState<TextsValues> {
  if (result.reason === "invalid")
    return { status: "invalid", message: INVALID_FORM, fieldErrors: result.fieldErrors, values };
  return { status: "error", message: result.message ?? "Enregistrement impossible.", values };
}

function values(formData: FormData): TextsValues {
  return Object.fromEntries(
    Object.entries(formDataToObject(formData)).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : v]),
  );
}

export async function saveCampusChapterAction(
  _previous: FormState<TextsValues>,
  formData: FormData,
): Promise<FormState<TextsValues>> {
  const input = values(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: input };
  const result = await saveCampusChapter(user, input);
  if (!result.ok) return toState(result, input);
  redirect(`/admin/rapport/${input.year}/campus/${input.campus}?enregistre=1`);
}

export async function saveRegionPartsAction(
  _previous: FormState<TextsValues>,
  formData: FormData,
): Promise<FormState<TextsValues>> {
  const input = values(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: input };
  const result = await saveRegionParts(user, input);
  if (!result.ok) return toState(result, input);
  redirect(`/admin/rapport/${input.year}/regional?enregistre=1`);
}

export async function validateEditionAction(
  _previous: FormState<TextsValues>,
  formData: FormData,
): Promise<FormState<TextsValues>> {
  const input = values(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: input };
  const result = await validateEdition(user, input);
  if (!result.ok) return toState(result, input);
  redirect(`/admin/rapport?annee=${input.year}&valide=1`);
}

export async function reopenEditionAction(
  _previous: FormState<TextsValues>,
  formData: FormData,
): Promise<FormState<TextsValues>> {
  const input = values(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED, values: input };
  const result = await reopenEdition(user, input);
  if (!result.ok) return toState(result, input);
  redirect(`/admin/rapport?annee=${input.year}&rouvert=1`);
}
