import "server-only";
/**
 * Autosave: a user's private working copy of a form, written while they
 * type. Not a revision, not published, not an audited change (nothing
 * public changes, so no cache is invalidated); a real save of the form
 * deletes it (clearWorkingCopy, inside that save's transaction).
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrorsOf, invalid, notFound, type Result } from "@/lib/result";
import { mayKeepWorkingCopy } from "./access";
import { workingCopyInputSchema, workingCopyRefSchema } from "./schema";

/** Writes (or replaces) the user's working copy of a form they may save. */
export async function saveWorkingCopy(user: SessionUser, raw: unknown): Promise<Result<{ savedAt: Date }>> {
  const parsed = workingCopyInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { form, recordKey, baseVersion, content } = parsed.data;
  if (!(await mayKeepWorkingCopy(user, { form, recordKey }))) return notFound();
  const data = { content: content as Prisma.InputJsonValue, baseVersion };
  const saved = await db.workingCopy.upsert({
    where: { userId_form_recordKey: { userId: user.id, form, recordKey } },
    create: { userId: user.id, form, recordKey, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return { ok: true, savedAt: saved.updatedAt };
}

/** "Ignorer": deletes the user's own working copy of a form (nothing to delete is not an error). */
export async function discardWorkingCopy(user: SessionUser, raw: unknown): Promise<Result<object>> {
  const parsed = workingCopyRefSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  await db.workingCopy.deleteMany({ where: { userId: user.id, ...parsed.data } });
  return { ok: true };
}
