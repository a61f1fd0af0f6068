import "server-only";
/**
 * Reading a working copy back: its author only, and only while they may
 * still save that form for that record. Anyone else, or a record out of
 * their reach, gets nothing, as if there were no copy.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { ActionFormValues } from "@/lib/actions/schema";
import { mayKeepWorkingCopy } from "./access";
import {
  actionFormValuesSchema,
  NEW_ACTION_KEY,
  textsSchema,
  workingCopyRefSchema,
  type WorkingCopyForm,
} from "./schema";

export type WorkingCopy<Content> = { content: Content; baseVersion: string; savedAt: Date };

/** The user's own working copy of this form and record, or null. */
export async function getWorkingCopy(
  user: SessionUser,
  form: WorkingCopyForm,
  recordKey: string,
): Promise<WorkingCopy<unknown> | null> {
  const ref = workingCopyRefSchema.safeParse({ form, recordKey });
  if (!ref.success || !(await mayKeepWorkingCopy(user, ref.data))) return null;
  const copy = await db.workingCopy.findUnique({
    where: { userId_form_recordKey: { userId: user.id, ...ref.data } },
    select: { content: true, baseVersion: true, updatedAt: true },
  });
  return copy ? { content: copy.content, baseVersion: copy.baseVersion, savedAt: copy.updatedAt } : null;
}

/** The user's working copy of an action's form (null: the creation form), as form values. */
export async function getActionWorkingCopy(
  user: SessionUser,
  actionId: string | null,
): Promise<WorkingCopy<ActionFormValues> | null> {
  const copy = await getWorkingCopy(user, "action", actionId ?? NEW_ACTION_KEY);
  const values = copy ? actionFormValuesSchema.safeParse(copy.content) : null;
  return copy && values?.success ? { ...copy, content: values.data } : null;
}

/** The user's working copy of a set of report texts, as texts by field name. */
export async function getTextsWorkingCopy(
  user: SessionUser,
  form: "report-campus" | "report-region",
  recordKey: string,
): Promise<WorkingCopy<Record<string, string>> | null> {
  const copy = await getWorkingCopy(user, form, recordKey);
  const texts = copy ? textsSchema.safeParse(copy.content) : null;
  return copy && texts?.success ? { ...copy, content: texts.data } : null;
}
