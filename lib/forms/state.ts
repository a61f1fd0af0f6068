/**
 * What a form's server action returns (never throws for expected errors):
 * the field errors keyed by the field's path ("title", "links.0.url"), and
 * what the user typed, so nothing is lost when a submission is refused.
 */
import type { FieldErrors } from "@/lib/result";

export type FormState<V = unknown> =
  | { status: "idle"; values?: V }
  | { status: "invalid"; message: string; fieldErrors: FieldErrors; values?: V }
  | { status: "error"; message: string; values?: V }
  | { status: "success"; message: string; values?: V };

export const INVALID_FORM = "Le formulaire contient des erreurs.";

/** The id of the input that renders the field at `path` (the error summary links to it). */
export function fieldId(path: string): string {
  return `champ-${path.replace(/[^a-zA-Z0-9_-]+/g, "-")}`;
}

/** FormData → plain object: repeated names become arrays, File entries are dropped. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}
