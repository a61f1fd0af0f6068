import "server-only";
/**
 * What the action form shows when someone saved the action while it was
 * being edited: their version (who, when, its values) and, field by field,
 * how it differs from what was submitted. Nothing of theirs is overwritten.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { campusScope } from "@/lib/auth/permissions";
import { loadNameLookup } from "./backoffice-queries";
import { diffActions, type FieldChange } from "./diff";
import { contentOf, inputToContent, snapshotToFormValues } from "./form-values";
import { actionInputSchema, type ActionFormValues } from "./schema";
import type { ActionSnapshot } from "./snapshot";

export type ActionConflict = {
  /** The version saved by someone else since the form was opened. */
  theirs: { version: number; values: ActionFormValues; savedBy: string | null; savedAt: string | null };
  /** Fields where their version and the submitted one differ: before = theirs, after = yours. */
  changes: FieldChange[];
};

export const ACTION_CONFLICT_MESSAGE =
  "Quelqu'un a enregistré cette action pendant que vous la modifiiez. Rien n'a été écrasé.";

/** `current` is the state updateAction found; `submitted` the values it refused to write over it. */
export async function loadActionConflict(
  user: SessionUser,
  actionId: string,
  current: { version: number; snapshot: ActionSnapshot },
  submitted: unknown,
): Promise<ActionConflict> {
  const theirs = contentOf(current.snapshot);
  const mine = inputToContent(actionInputSchema.parse(submitted));
  const [names, last] = await Promise.all([
    loadNameLookup([theirs, mine]),
    db.actionRevision.findFirst({
      where: { actionId, version: current.version, action: campusScope(user) },
      select: { changedAt: true, changedBy: { select: { name: true } } },
    }),
  ]);
  return {
    theirs: {
      version: current.version,
      values: snapshotToFormValues(current.snapshot),
      savedBy: last?.changedBy?.name ?? null,
      savedAt: last?.changedAt.toISOString() ?? null,
    },
    changes: diffActions(theirs, mine, names),
  };
}
