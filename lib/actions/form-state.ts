/** What the action form sends to its server action and gets back. */
import type { FieldErrors } from "@/lib/result";
import type { FieldChange } from "./diff";
import type { ActionFormValues } from "./schema";

export type SaveActionPayload = { id: string | null; version: number; values: ActionFormValues };

export type ActionFormState =
  | { status: "idle" }
  | { status: "invalid"; message: string; fieldErrors: FieldErrors }
  | { status: "error"; message: string }
  | {
      status: "conflict";
      message: string;
      /** The version saved by someone else since the form was opened. */
      theirs: { version: number; values: ActionFormValues; savedBy: string | null; savedAt: string | null };
      /** Fields where their version and the submitted one differ: before = theirs, after = yours. */
      changes: FieldChange[];
    };

export type OperationState = { status: "idle" } | { status: "error"; message: string };

export const SESSION_EXPIRED =
  "Votre session a expiré. Reconnectez-vous dans un autre onglet puis enregistrez à nouveau : vos saisies sont conservées ici.";
export const ACTION_NOT_FOUND =
  "Action introuvable, ou hors du périmètre de votre campus. Rien n'a été enregistré.";
