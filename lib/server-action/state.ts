/**
 * What every server action answers to its form (React's useActionState):
 * an expected refusal is a state, never an exception, and every refusal
 * carries back what the user submitted, so nothing typed is lost. Pure:
 * imported by the server actions and by the forms in the browser.
 */
import type { FieldErrors } from "@/lib/result";

/** A form's fields as plain values: a repeated name becomes an array. */
export type Submitted = Record<string, string | string[]>;

/**
 * - idle: nothing submitted yet;
 * - success: saved (when the action does not redirect), `data` for what the
 *   form shows next (a generated password, an import preview…);
 * - invalid: field errors (`message` is the one sentence to show where a
 *   form has no fields: the form-level error, or the only field error);
 * - error: refused as a whole (session expired, not found, forbidden…);
 * - conflict: someone saved in between; `conflict` holds their version.
 */
export type FormState<Values = unknown, Data = undefined, Conflict = undefined> =
  | { status: "idle"; values?: Values }
  | { status: "success"; message: string; values?: Values; data?: Data }
  | { status: "invalid"; message: string; fieldErrors: FieldErrors; values?: Values }
  | { status: "error"; message: string; values?: Values }
  | { status: "conflict"; message: string; values?: Values; conflict: Conflict };

/**
 * A server action as its form calls it (through useActionState): the
 * previous state and the submitted form in, the next state out. Written as
 * a method so that an action with a narrower state than its form handles
 * (one without `data`, say) fits the form.
 */
export type FormAction<S, Input = FormData> = { submit(state: S, input: Input): Promise<S> }["submit"];

export const INVALID_FORM = "Le formulaire contient des erreurs.";

/** FormData → plain values: repeated names become arrays; files and React's own fields are dropped. */
export function formDataToObject(formData: FormData): Submitted {
  const out: Submitted = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}

/** The sentence a refused state shows next to a one-button form; null when nothing was refused. */
export function refusalMessage(state: { status: string; message?: string }): string | null {
  return state.status === "error" || state.status === "invalid" || state.status === "conflict"
    ? (state.message ?? null)
    : null;
}
