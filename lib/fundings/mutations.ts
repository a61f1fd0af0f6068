import "server-only";
/**
 * The coordinator's funding records. A deletion keeps the full record in the
 * audit log, from which the archives page restores it (same id).
 */
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/state";
import {
  FORBIDDEN,
  invalid,
  NOT_FOUND,
  uniqueKey,
  type DirectoryResult,
} from "@/lib/organisations/mutations";
import { fundingSchema, type FundingInput } from "./schema";

async function checkReferences(tx: Tx, f: FundingInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!(await tx.organisation.count({ where: { id: f.funderId } })))
    errors.funderId = "Ce financeur n'est pas dans l'annuaire.";
  if (f.campusId && !(await tx.campus.count({ where: { id: f.campusId } })))
    errors.campusId = "Ce campus n'existe pas.";
  if (f.platformId && !(await tx.platform.count({ where: { id: f.platformId } })))
    errors.platformId = "Cette plateforme n'existe pas.";
  if (f.actionId && !(await tx.action.count({ where: { id: f.actionId } })))
    errors.actionId = "Cette action n'existe pas.";
  return errors;
}

export async function createFunding(user: SessionUser, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = fundingSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const errors = await checkReferences(tx, input);
    if (Object.keys(errors).length) return invalid(errors);
    const key = await uniqueKey(
      async (k) => !!(await tx.funding.findUnique({ where: { key: k }, select: { id: true } })),
      `financement-${input.startYear}-${input.purpose}`,
    );
    const f = await tx.funding.create({ data: { ...input, key } });
    await recordAudit(tx, {
      actor: user,
      campusId: f.campusId,
      entityType: "funding",
      entityId: f.id,
      operation: "create",
      summary: `Financement « ${f.purpose} » créé`,
      after: f,
    });
    return { ok: true, id: f.id } as const;
  });
}

export async function updateFunding(user: SessionUser, id: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = fundingSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.funding.findUnique({ where: { id } });
    if (!before) return NOT_FOUND;
    const errors = await checkReferences(tx, input);
    if (Object.keys(errors).length) return invalid(errors);
    const after = await tx.funding.update({ where: { id }, data: input });
    await recordAudit(tx, {
      actor: user,
      campusId: after.campusId,
      entityType: "funding",
      entityId: id,
      operation: "update",
      summary: `Financement « ${after.purpose} » modifié`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}

export async function deleteFunding(user: SessionUser, id: string): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  return db.$transaction(async (tx) => {
    const before = await tx.funding.findUnique({ where: { id } });
    if (!before) return NOT_FOUND;
    await tx.funding.delete({ where: { id } });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "funding",
      entityId: id,
      operation: "delete",
      summary: `Financement « ${before.purpose} » supprimé (restaurable depuis les archives)`,
      before,
    });
    return { ok: true, id } as const;
  });
}
