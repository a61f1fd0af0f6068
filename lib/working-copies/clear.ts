import "server-only";
/** A real save clears its author's working copy of that form, in the save's own transaction. */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkingCopyForm } from "./schema";

export async function clearWorkingCopy(
  tx: Prisma.TransactionClient,
  userId: string,
  form: WorkingCopyForm,
  recordKey: string,
): Promise<void> {
  await tx.workingCopy.deleteMany({ where: { userId, form, recordKey } });
}
